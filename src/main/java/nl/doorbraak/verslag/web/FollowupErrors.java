package nl.doorbraak.verslag.web;

import nl.doorbraak.verslag.internal.FollowupRefused;
import nl.doorbraak.verslag.internal.FollowupRefusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's refusals on the page: a field's next to the field; one for the whole action (a closed case, an
 * agreement done meanwhile) as the page's error message, because its form is then no longer shown.
 */
final class FollowupErrors {

    private FollowupErrors() {
    }

    static void bind(FollowupRefused refused, BindingResult result, Model model, MessageSource messages) {
        for (FollowupRefusal r : refused.refusals()) {
            if (r.field() == null) {
                model.addAttribute("flashError", messages.getMessage(r.messageKey(), null,
                        LocaleContextHolder.getLocale()));
            } else {
                result.rejectValue(r.field(), r.messageKey());
            }
        }
    }
}
