package nl.doorbraak.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RestController;

/**
 * A REST controller under /api/**: its errors become application/problem+json with a Dutch detail. Put it on
 * every API controller instead of {@code @RestController}; map it below {@code /api/v1/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface ApiController {

    @AliasFor(annotation = RestController.class)
    String value() default "";
}
