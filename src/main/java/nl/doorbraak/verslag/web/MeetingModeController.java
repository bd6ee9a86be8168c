package nl.doorbraak.verslag.web;

import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.verslag.internal.AgreementService;
import nl.doorbraak.verslag.internal.MeetingModeService;
import nl.doorbraak.verslag.internal.MeetingModeView;
import nl.doorbraak.verslag.web.PostedPage.Part;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chair's meeting mode: the draft verslag of one agenda item, its main form, agreements and scenarios. Every
 * button sends the whole page and saves the main form first ({@link DraftFirst}); autosave is
 * {@link MeetingModeAutosaveController}.
 */
@Controller
@RequestMapping("/verslagen/{itemId}")
class MeetingModeController {

    private final MeetingModeService service;
    private final AgreementService agreements;
    private final DraftFirst draftFirst;
    private final MeetingModeWeb web;

    MeetingModeController(MeetingModeService service, AgreementService agreements, DraftFirst draftFirst,
            MeetingModeWeb web) {
        this.service = service;
        this.agreements = agreements;
        this.draftFirst = draftFirst;
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
        // a sub-form typed before another button was pressed comes back as a flash attribute
        AgreementForm agreement = model.getAttribute("agreementForm") instanceof AgreementForm a ? a : new AgreementForm();
        ScenarioForm scenario = model.getAttribute("scenarioForm") instanceof ScenarioForm s ? s : new ScenarioForm();
        return web.render(view, DraftForm.of(view), agreement, scenario, model);
    }

    @PostMapping
    String save(@PathVariable long itemId, @ModelAttribute DraftForm draftForm, BindingResult draftBinding,
            @ModelAttribute AgreementForm agreementForm, BindingResult agreementBinding,
            @ModelAttribute ScenarioForm scenarioForm, BindingResult scenarioBinding, Model model,
            RedirectAttributes redirect) {
        PostedPage page = new PostedPage(itemId, draftForm, draftBinding, agreementForm, agreementBinding, scenarioForm,
                scenarioBinding);
        if (!draftForm.posted()) {
            draftForm.setVersion(0); // a save without the copy's version: the copy is taken to be the first
        }
        return draftFirst.then(page, Part.NONE, user -> { }, "verslag.saved", "", model, redirect);
    }

    @PostMapping("/afspraken")
    String addAgreement(@PathVariable long itemId, @ModelAttribute DraftForm draftForm, BindingResult draftBinding,
            @ModelAttribute AgreementForm agreementForm, BindingResult agreementBinding,
            @ModelAttribute ScenarioForm scenarioForm, BindingResult scenarioBinding, Model model,
            RedirectAttributes redirect) {
        PostedPage page = new PostedPage(itemId, draftForm, draftBinding, agreementForm, agreementBinding, scenarioForm,
                scenarioBinding);
        return draftFirst.then(page, Part.AGREEMENT, user -> agreements.add(user, itemId, agreementForm.toProposal()),
                "verslag.agreement.added", "#afspraken", model, redirect);
    }

    @PostMapping("/afspraken/{agreementId}/verwijderen")
    String removeAgreement(@PathVariable long itemId, @PathVariable long agreementId,
            @ModelAttribute DraftForm draftForm, BindingResult draftBinding,
            @ModelAttribute AgreementForm agreementForm, BindingResult agreementBinding,
            @ModelAttribute ScenarioForm scenarioForm, BindingResult scenarioBinding, Model model,
            RedirectAttributes redirect) {
        PostedPage page = new PostedPage(itemId, draftForm, draftBinding, agreementForm, agreementBinding, scenarioForm,
                scenarioBinding);
        return draftFirst.then(page, Part.NONE, user -> agreements.remove(user, itemId, agreementId),
                "verslag.agreement.removed", "#afspraken", model, redirect);
    }

    @PostMapping("/scenarios")
    String addScenario(@PathVariable long itemId, @ModelAttribute DraftForm draftForm, BindingResult draftBinding,
            @ModelAttribute AgreementForm agreementForm, BindingResult agreementBinding,
            @ModelAttribute ScenarioForm scenarioForm, BindingResult scenarioBinding, Model model,
            RedirectAttributes redirect) {
        PostedPage page = new PostedPage(itemId, draftForm, draftBinding, agreementForm, agreementBinding, scenarioForm,
                scenarioBinding);
        return draftFirst.then(page, Part.SCENARIO, user -> agreements.addScenario(user, itemId, scenarioForm.toProposal()),
                "verslag.scenario.added", "#scenarios", model, redirect);
    }

    @PostMapping("/scenarios/{scenarioId}/verwijderen")
    String removeScenario(@PathVariable long itemId, @PathVariable long scenarioId,
            @ModelAttribute DraftForm draftForm, BindingResult draftBinding,
            @ModelAttribute AgreementForm agreementForm, BindingResult agreementBinding,
            @ModelAttribute ScenarioForm scenarioForm, BindingResult scenarioBinding, Model model,
            RedirectAttributes redirect) {
        PostedPage page = new PostedPage(itemId, draftForm, draftBinding, agreementForm, agreementBinding, scenarioForm,
                scenarioBinding);
        return draftFirst.then(page, Part.NONE, user -> agreements.removeScenario(user, itemId, scenarioId),
                "verslag.scenario.removed", "#scenarios", model, redirect);
    }
}
