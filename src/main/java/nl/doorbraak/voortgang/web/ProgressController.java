package nl.doorbraak.voortgang.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.voortgang.internal.MayNotPost;
import nl.doorbraak.voortgang.internal.ProgressPages;
import nl.doorbraak.voortgang.internal.ProgressPosting;
import nl.doorbraak.voortgang.internal.ProgressView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The progress of a case: everyone at the table reads it, the regiehouder and the coordinators post to it. */
@Controller
@RequestMapping("/casussen/{caseId}/voortgang")
class ProgressController {

    private final ProgressPages pages;
    private final ProgressPosting posting;
    private final MessageSource messages;

    ProgressController(ProgressPages pages, ProgressPosting posting, MessageSource messages) {
        this.pages = pages;
        this.posting = posting;
        this.messages = messages;
    }

    @GetMapping
    String progress(@PathVariable long caseId, Model model) {
        model.addAttribute("progressForm", new ProgressForm());
        return show(pages.view(CurrentUsers.get(), caseId), model);
    }

    @PostMapping
    String post(@PathVariable long caseId, @Valid ProgressForm progressForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        if (binding.hasErrors()) {
            ProgressView view = pages.view(user, caseId);
            if (!view.mayPost()) {
                throw new MayNotPost(caseId);
            }
            return show(view, model);
        }
        int told = posting.post(user, caseId, progressForm.getText(), progressForm.isOnBehalf());
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("voortgang.posted", new Object[] {told},
                LocaleContextHolder.getLocale()));
        return "redirect:/casussen/" + caseId + "/voortgang";
    }

    private static String show(ProgressView view, Model model) {
        model.addAttribute("view", view);
        return "voortgang/voortgang";
    }
}
