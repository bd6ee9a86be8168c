package nl.doorbraak.verslag.web;

import java.util.List;

import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.verslag.internal.DraftRefusal;
import nl.doorbraak.verslag.internal.EarlierAgreements;
import nl.doorbraak.verslag.internal.DraftRefused;
import nl.doorbraak.verslag.internal.MeetingModeView;
import nl.doorbraak.verslag.internal.MeetingStart;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the meeting mode's handlers share: the page's model, refusals onto fields, and flash messages. */
@Component
class MeetingModeWeb {

    private static final List<String> FREQUENCIES = List.of("WEKELIJKS", "TWEEWEKELIJKS", "MAANDELIJKS");

    private final MessageSource messages;
    private final EarlierAgreements earlier;
    private final MeetingStart meetingStart;

    MeetingModeWeb(MessageSource messages, EarlierAgreements earlier, MeetingStart meetingStart) {
        this.messages = messages;
        this.earlier = earlier;
        this.meetingStart = meetingStart;
    }

    String render(MeetingModeView view, DraftForm draftForm, AgreementForm agreementForm, ScenarioForm scenarioForm,
            Model model) {
        draftForm.fillChecklist(view.checklistQuestions().size());
        model.addAttribute("view", view);
        model.addAttribute("draftForm", draftForm);
        model.addAttribute("agreementForm", agreementForm);
        model.addAttribute("scenarioForm", scenarioForm);
        model.addAttribute("frequencies", FREQUENCIES);
        model.addAttribute("isChair", view.context().entry().chairedBy(CurrentUsers.get().id()));
        model.addAttribute("earlierAgreements", earlier.of(view.context().entry()));
        model.addAttribute("meetingBegun", meetingStart.begun(view.context().entry()));
        return "verslag/meeting-mode";
    }

    static String versionPage(long itemId, MeetingModeView view) {
        return "redirect:/verslagen/" + itemId + "/versies/" + view.draft().latestVersion();
    }

    static void reject(BindingResult binding, DraftRefused refused) {
        for (DraftRefusal r : refused.refusals()) {
            if (r.field() == null) {
                binding.reject(r.messageKey());
            } else {
                binding.rejectValue(r.field(), r.messageKey());
            }
        }
    }

    /** A refusal of the whole draft (it was finalised) is a page message, not a field error. */
    boolean onlyGlobal(DraftRefused refused, RedirectAttributes redirect) {
        if (refused.refusals().stream().allMatch(r -> r.field() == null)) {
            redirect.addFlashAttribute("flashError", text(refused.refusals().get(0).messageKey()));
            return true;
        }
        return false;
    }

    void success(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("flashSuccess", text(key));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
