package nl.doorbraak.verslag.web;

import nl.doorbraak.verslag.internal.FollowupRefused;
import org.springframework.validation.BindingResult;

/** Puts a service's refusals on the form: next to their field, or for the whole form. */
final class FollowupErrors {

    private FollowupErrors() {
    }

    static void bind(FollowupRefused refused, BindingResult result) {
        refused.refusals().forEach(r -> {
            if (r.field() == null) {
                result.reject(r.messageKey());
            } else {
                result.rejectValue(r.field(), r.messageKey());
            }
        });
    }
}
