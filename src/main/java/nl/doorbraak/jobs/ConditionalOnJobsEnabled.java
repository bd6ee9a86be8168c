package nl.doorbraak.jobs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Put on the bean that holds a module's {@code @Scheduled} triggers: {@code doorbraak.jobs.enabled=false} (the test
 * profile) leaves them out, so tests call the jobs themselves with their own clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "doorbraak.jobs.enabled", havingValue = "true", matchIfMissing = true)
public @interface ConditionalOnJobsEnabled {
}
