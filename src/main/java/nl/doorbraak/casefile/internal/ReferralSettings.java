package nl.doorbraak.casefile.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code doorbraak.aanmeldingen.*}: how many submitted referrals of one user a day may match an open case (a
 * possible duplicate) before that user can submit no more that day. It bounds what anyone can learn by trying names.
 */
@ConfigurationProperties("doorbraak.aanmeldingen")
public record ReferralSettings(@DefaultValue("5") int mogelijkDubbelPerDag) {

    public ReferralSettings {
        if (mogelijkDubbelPerDag < 1) {
            throw new IllegalArgumentException("doorbraak.aanmeldingen.mogelijk-dubbel-per-dag must be at least 1");
        }
    }
}
