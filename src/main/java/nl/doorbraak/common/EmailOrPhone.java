package nl.doorbraak.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A contact field: empty, or an e-mail address or phone number ({@link ContactAddress}). {@code name} is the message
 * key of the field's name as it opens a sentence, so the message says which field is wrong.
 */
@Documented
@Constraint(validatedBy = EmailOrPhoneValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailOrPhone {

    String name();

    String message() default "{validation.contact}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
