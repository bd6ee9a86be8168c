package nl.doorbraak.common;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A demo environment has demo accounts and demo data and says so on every page. It is the default
 * for the embedded database and off for an external one, unless {@code DOORBRAAK_DEMO} says otherwise.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(Environment environment) {
        String explicit = environment.getProperty("doorbraak.demo", "");
        boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
        this.enabled = explicit.isBlank() ? embedded : Boolean.parseBoolean(explicit);
    }

    public boolean enabled() {
        return enabled;
    }
}
