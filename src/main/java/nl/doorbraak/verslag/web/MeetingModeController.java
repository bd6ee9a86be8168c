package nl.doorbraak.verslag.web;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.verslag.internal.AgreementService;
import nl.doorbraak.verslag.internal.DraftRefused;
import nl.doorbraak.verslag.internal.DraftStale;
import nl.doorbraak.verslag.internal.MeetingModeService;
import nl.doorbraak.verslag.internal.MeetingModeView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chair's meeting mode: the draft verslag of one agenda item, its main form, agreements and scenarios. */
@Controller
@RequestMapping("/verslagen/{itemId}")
class MeetingModeController {

    private final MeetingModeService service;
    private final AgreementService agreements;
    private final MeetingModeWeb web;

    MeetingModeController(MeetingModeService service, AgreementService agreements, MeetingModeWeb web) {
        this.service = service;
        this.agreements = agreements;
        this.web = web;
    }

    @GetMapping
    String page(@PathVariable long itemId, Model model) {
        MeetingModeView view = service.open(CurrentUsers.get(), itemId);
        if (view.finalised()) {
            return MeetingModeWeb.versionPage(itemId, view);
        }
        if (!view.context().mayEdit()) {
            model.addAttribute("view", view);
            return "verslag/mode-pending";
        }
        return web.render(view, DraftForm.of(view), new AgreementForm(), new ScenarioForm(), model);
    }

    @PostMapping
    String save(@PathVariable long itemId, @ModelAttribute DraftForm draftForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        MeetingModeView view = service.openForChange(user, itemId);
        if (view.finalised()) {
            return MeetingModeWeb.versionPage(itemId, view);
        }
        if (!binding.hasErrors()) {
            try {
                service.save(user, itemId, draftForm.toChanges(view));
                web.success(redirect, "verslag.saved");
                return "redirect:/verslagen/" + itemId;
            } catch (DraftRefused refused) {
                MeetingModeWeb.reject(binding, refused);
            } catch (DraftStale stale) {
                binding.reject("verslag.stale");
                model.addAttribute("stale", true);
            }
        }
        MeetingModeView current = service.open(user, itemId);
        if (current.finalised()) {
            return MeetingModeWeb.versionPage(itemId, current);
        }
        draftForm.setVersion(current.draft().version());
        return web.render(current, draftForm, new AgreementForm(), new ScenarioForm(), model);
    }

    @PostMapping("/afspraken")
    String addAgreement(@PathVariable long itemId, @ModelAttribute AgreementForm agreementForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        if (!binding.hasErrors()) {
            try {
                agreements.add(user, itemId, agreementForm.toProposal());
                web.success(redirect, "verslag.agreement.added");
                return "redirect:/verslagen/" + itemId + "#afspraken";
            } catch (DraftRefused refused) {
                if (web.onlyGlobal(refused, redirect)) {
                    return "redirect:/verslagen/" + itemId;
                }
                MeetingModeWeb.reject(binding, refused);
            }
        }
        MeetingModeView view = service.openForChange(user, itemId);
        return web.render(view, DraftForm.of(view), agreementForm, new ScenarioForm(), model);
    }

    @PostMapping("/afspraken/{agreementId}/verwijderen")
    String removeAgreement(@PathVariable long itemId, @PathVariable long agreementId, RedirectAttributes redirect) {
        return web.act(redirect, itemId, "verslag.agreement.removed",
                () -> agreements.remove(CurrentUsers.get(), itemId, agreementId));
    }

    @PostMapping("/scenarios")
    String addScenario(@PathVariable long itemId, @ModelAttribute ScenarioForm scenarioForm, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        if (!binding.hasErrors()) {
            try {
                agreements.addScenario(user, itemId, scenarioForm.toProposal());
                web.success(redirect, "verslag.scenario.added");
                return "redirect:/verslagen/" + itemId + "#scenarios";
            } catch (DraftRefused refused) {
                if (web.onlyGlobal(refused, redirect)) {
                    return "redirect:/verslagen/" + itemId;
                }
                MeetingModeWeb.reject(binding, refused);
            }
        }
        MeetingModeView view = service.openForChange(user, itemId);
        return web.render(view, DraftForm.of(view), new AgreementForm(), scenarioForm, model);
    }

    @PostMapping("/scenarios/{scenarioId}/verwijderen")
    String removeScenario(@PathVariable long itemId, @PathVariable long scenarioId, RedirectAttributes redirect) {
        return web.act(redirect, itemId, "verslag.scenario.removed",
                () -> agreements.removeScenario(CurrentUsers.get(), itemId, scenarioId));
    }
}
