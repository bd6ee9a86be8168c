package nl.doorbraak.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Checks {@link EmailOrPhone}; the message names the field in the user's language. */
public class EmailOrPhoneValidator implements ConstraintValidator<EmailOrPhone, CharSequence> {

    private final MessageSource messages;
    private String nameKey;

    public EmailOrPhoneValidator(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void initialize(EmailOrPhone annotation) {
        this.nameKey = annotation.name();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank() || ContactAddress.isEmailOrPhone(value.toString())) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("fieldName",
                messages.getMessage(nameKey, null, nameKey, LocaleContextHolder.getLocale()));
        return false;
    }
}
