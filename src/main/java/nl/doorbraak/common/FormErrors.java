package nl.doorbraak.common;

import org.springframework.validation.BindingResult;

/**
 * Every problem of a form in one round. Binding checks formats and lengths, a module's rules check the rest; a page
 * that stops at the first kind makes the user send the form again only to learn of the second. So controllers run
 * their rules even when binding found problems and add them here: each field shows its first problem, the others
 * show theirs at the same time.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Adds a rule's problem to the field, unless the field already has one; a null field is about the whole form. */
    public static void reject(BindingResult binding, String field, String messageKey, Object... arguments) {
        if (field == null) {
            binding.reject(messageKey, arguments, null);
        } else if (!binding.hasFieldErrors(field)) {
            binding.rejectValue(field, messageKey, arguments, null);
        }
    }
}
