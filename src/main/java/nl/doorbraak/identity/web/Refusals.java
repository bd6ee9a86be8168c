package nl.doorbraak.identity.web;

import nl.doorbraak.identity.internal.UserChangeRefused;
import org.springframework.validation.BindingResult;

/** Shows a refused change next to its field, or above the form when it concerns no single field. */
final class Refusals {

    private Refusals() {
    }

    static void addTo(BindingResult binding, UserChangeRefused refused) {
        if (refused.field() == null) {
            binding.reject(refused.messageKey());
        } else {
            binding.rejectValue(refused.field(), refused.messageKey());
        }
    }
}
