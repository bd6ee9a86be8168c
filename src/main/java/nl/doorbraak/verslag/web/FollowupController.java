package nl.doorbraak.verslag.web;

import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.verslag.internal.FollowupPages;
import nl.doorbraak.verslag.internal.FollowupRefused;
import nl.doorbraak.verslag.internal.FollowupService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's agreements and one agreement's page with its actions: done, problem (the owner) and a new deadline (the
 * regiehouder or a coordinator). A refused action shows the page again with the error and what was typed.
 */
@Controller
class FollowupController {

    private final FollowupPages pages;
    private final FollowupService followup;
    private final MessageSource messages;

    FollowupController(FollowupPages pages, FollowupService followup, MessageSource messages) {
        this.pages = pages;
        this.followup = followup;
        this.messages = messages;
    }

    @GetMapping("/casussen/{caseId}/afspraken")
    String ofCase(@PathVariable long caseId, Model model) {
        model.addAttribute("page", pages.ofCase(CurrentUsers.get(), caseId));
        return "afspraken/case";
    }

    @GetMapping("/casussen/{caseId}/afspraken/{agreementId}")
    String agreement(@PathVariable long caseId, @PathVariable long agreementId, Model model) {
        return agreementPage(caseId, agreementId, model);
    }

    @PostMapping("/casussen/{caseId}/afspraken/{agreementId}/gedaan")
    String done(@PathVariable long caseId, @PathVariable long agreementId,
            @ModelAttribute("doneForm") FollowupDoneForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            followup.markDone(CurrentUsers.get(), caseId, agreementId, form.getResultNote());
        } catch (FollowupRefused refused) {
            FollowupErrors.bind(refused, result, model, messages);
            return agreementPage(caseId, agreementId, model);
        }
        return back(caseId, "afspraken.done.saved", redirect);
    }

    @PostMapping("/casussen/{caseId}/afspraken/{agreementId}/probleem")
    String problem(@PathVariable long caseId, @PathVariable long agreementId,
            @ModelAttribute("problemForm") FollowupProblemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            followup.reportProblem(CurrentUsers.get(), caseId, agreementId, form.getProblem());
        } catch (FollowupRefused refused) {
            FollowupErrors.bind(refused, result, model, messages);
            return agreementPage(caseId, agreementId, model);
        }
        return back(caseId, "afspraken.problem.saved", redirect);
    }

    @PostMapping("/casussen/{caseId}/afspraken/{agreementId}/deadline")
    String deadline(@PathVariable long caseId, @PathVariable long agreementId,
            @ModelAttribute("deadlineForm") FollowupDeadlineForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                followup.changeDeadline(CurrentUsers.get(), caseId, agreementId, form.getNewDueOn(), form.getReason());
                return back(caseId, "afspraken.deadline.saved", redirect);
            } catch (FollowupRefused refused) {
                FollowupErrors.bind(refused, result, model, messages);
            }
        }
        return agreementPage(caseId, agreementId, model);
    }

    private String agreementPage(long caseId, long agreementId, Model model) {
        model.addAttribute("page", pages.agreement(CurrentUsers.get(), caseId, agreementId));
        if (!model.containsAttribute("doneForm")) {
            model.addAttribute("doneForm", new FollowupDoneForm());
        }
        if (!model.containsAttribute("problemForm")) {
            model.addAttribute("problemForm", new FollowupProblemForm());
        }
        if (!model.containsAttribute("deadlineForm")) {
            model.addAttribute("deadlineForm", new FollowupDeadlineForm());
        }
        return "afspraken/agreement";
    }

    private String back(long caseId, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(messageKey, null,
                LocaleContextHolder.getLocale()));
        return "redirect:/casussen/" + caseId + "/afspraken";
    }
}
