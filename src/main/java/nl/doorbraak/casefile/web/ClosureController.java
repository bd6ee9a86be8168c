package nl.doorbraak.casefile.web;

import jakarta.validation.Valid;
import nl.doorbraak.casefile.internal.CaseTransitionRefused;
import nl.doorbraak.casefile.internal.ClosurePanel;
import nl.doorbraak.casefile.internal.ClosureReason;
import nl.doorbraak.casefile.internal.ClosureService;
import nl.doorbraak.casefile.internal.InputRefused;
import nl.doorbraak.casefile.internal.OfferType;
import nl.doorbraak.casefile.internal.OutcomeKind;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /casussen/{id}/afsluiten: close a case with a passend aanbod or another reason, or reopen a closed case. */
@Controller
class ClosureController {

    private final ClosureService closures;
    private final WebSupport web;

    ClosureController(ClosureService closures, WebSupport web) {
        this.closures = closures;
        this.web = web;
    }

    @GetMapping("/casussen/{id}/afsluiten")
    String page(@PathVariable long id, Model model) {
        ClosurePanel panel = closures.closingPage(WebSupport.user(), id);
        if (!panel.mayClose() && !panel.mayReopen()) {
            throw new AccessDeniedException("may not close or reopen case " + id);
        }
        model.addAttribute("panel", panel);
        model.addAttribute("kindOptions", OutcomeKind.values());
        model.addAttribute("offerTypeOptions", OfferType.values());
        model.addAttribute("reasonOptions", ClosureReason.values());
        if (!model.containsAttribute("closureForm")) {
            model.addAttribute("closureForm", new ClosureForm());
        }
        if (!model.containsAttribute("reopenForm")) {
            model.addAttribute("reopenForm", new ReopenForm());
        }
        return "casefile/closure";
    }

    @PostMapping("/casussen/{id}/afsluiten")
    String close(@PathVariable long id, @Valid ClosureForm closureForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!closureForm.isConfirmed()) {
            binding.rejectValue("confirmed", "closure.confirmed.required");
        }
        return act(id, binding, model, redirect, "closure.done",
                () -> closures.close(WebSupport.user(), id, closureForm.toInput()));
    }

    @PostMapping("/casussen/{id}/heropenen")
    String reopen(@PathVariable long id, @Valid ReopenForm reopenForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return act(id, binding, model, redirect, "reopen.done",
                () -> closures.reopen(WebSupport.user(), id, reopenForm.getReason()));
    }

    /** Runs a valid form's step: back to the case with a message, or the page again with the problems by the fields. */
    private String act(long id, BindingResult binding, Model model, RedirectAttributes redirect, String successKey,
            Runnable step) {
        if (!binding.hasErrors()) {
            try {
                step.run();
                web.success(redirect, successKey);
                return "redirect:/casussen/" + id;
            } catch (InputRefused refused) {
                WebSupport.addProblems(binding, refused.problems());
            } catch (CaseTransitionRefused refused) {
                web.error(redirect, refused.messageKey());
                return "redirect:/casussen/" + id;
            }
        }
        return page(id, model);
    }
}
