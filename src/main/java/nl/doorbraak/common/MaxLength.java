package nl.doorbraak.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A text of at most {@code value} characters, refused with a message that names the field, the limit and what was
 * typed: "De beschrijving is te lang: maximaal 4000 tekens, u heeft er 5210." {@code name} is the message key of the
 * field's name as it opens a sentence ("De beschrijving"). For every module's forms, instead of {@code @Size(max)}.
 */
@Documented
@Constraint(validatedBy = MaxLengthValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxLength {

    int value();

    String name();

    String message() default "{validation.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
