package nl.doorbraak.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Checks {@link MaxLength} and hands the message the field's name and the number of characters typed. Spring makes
 * the validator, so the field's name comes from the message bundles in the user's language.
 */
public class MaxLengthValidator implements ConstraintValidator<MaxLength, CharSequence> {

    private final MessageSource messages;
    private int max;
    private String nameKey;

    public MaxLengthValidator(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void initialize(MaxLength annotation) {
        this.max = annotation.value();
        this.nameKey = annotation.name();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.length() <= max) {
            return true;
        }
        String name = messages.getMessage(nameKey, null, nameKey, LocaleContextHolder.getLocale());
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("fieldName", name)
                .addMessageParameter("typed", value.length()).addMessageParameter("limit", max);
        return false;
    }
}
