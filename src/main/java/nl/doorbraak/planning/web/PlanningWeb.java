package nl.doorbraak.planning.web;

import java.util.function.Supplier;

import nl.doorbraak.casefile.CasePlanningRefused;
import nl.doorbraak.common.FormErrors;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.planning.internal.PlanOutcome;
import nl.doorbraak.planning.internal.PlanningRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the planning controllers share: the coordinator gate, flash messages and refused fields. */
@Component
class PlanningWeb {

    private final MessageSource messages;

    PlanningWeb(MessageSource messages) {
        this.messages = messages;
    }

    static CurrentUser coordinator() {
        CurrentUser user = CurrentUsers.get();
        if (!user.hasRole(Role.COORDINATOR)) {
            throw new AccessDeniedException("coordinator required");
        }
        return user;
    }

    static void reject(BindingResult binding, PlanningRefused refused) {
        FormErrors.reject(binding, refused.field(), refused.messageKey());
    }

    void success(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute("flashSuccess", text(key, arguments));
    }

    void error(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("flashError", text(key));
    }

    /**
     * Puts a valid plan form's case on a meeting: on to the meeting with the warnings, or {@code reshow} with the
     * refused field marked, or back to /planning when the case may not be planned (any more).
     */
    String plan(BindingResult binding, RedirectAttributes redirect, String successKey, Supplier<PlanOutcome> step,
            Supplier<String> reshow) {
        if (!binding.hasErrors()) {
            try {
                PlanOutcome outcome = step.get();
                success(redirect, successKey);
                redirect.addFlashAttribute("warnings", outcome.warnings());
                return "redirect:/planning/vergaderingen/" + outcome.meetingId();
            } catch (PlanningRefused refused) {
                reject(binding, refused);
            } catch (CasePlanningRefused refused) {
                error(redirect, refused.messageKey());
                return "redirect:/planning";
            }
        }
        return reshow.get();
    }

    /**
     * Every problem of a form that is shown as a page message rather than next to its fields, in one message: the
     * user learns all of them in one round.
     */
    String allErrors(BindingResult binding) {
        return binding.getAllErrors().stream().map(e -> messages.getMessage(e, LocaleContextHolder.getLocale()))
                .distinct().collect(java.util.stream.Collectors.joining(" "));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, LocaleContextHolder.getLocale());
    }
}
