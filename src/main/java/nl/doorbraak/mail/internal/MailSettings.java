package nl.doorbraak.mail.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The {@code doorbraak.mail.*} settings, plus whether a mail server is configured at all (the demo has none). */
@Component
public class MailSettings {

    private final boolean smtpConfigured;
    private final String from;
    private final String baseUrl;
    private final int maxAttempts;
    private final int batchSize;
    private final Duration lease;

    MailSettings(@Value("${spring.mail.host:}") String smtpHost,
            @Value("${doorbraak.mail.from:noreply@doorbraak.example}") String from,
            @Value("${doorbraak.base-url:http://localhost:8080}") String baseUrl,
            @Value("${doorbraak.mail.max-attempts:10}") int maxAttempts,
            @Value("${doorbraak.mail.batch-size:20}") int batchSize,
            @Value("${doorbraak.mail.lease:15m}") Duration lease) {
        if (maxAttempts < 1 || batchSize < 1 || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("doorbraak.mail.max-attempts, batch-size and lease must be positive");
        }
        this.smtpConfigured = !smtpHost.isBlank();
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.maxAttempts = maxAttempts;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /** Without a mail server, mail stays in the outbox and is only shown to the administrator. */
    public boolean smtpConfigured() {
        return smtpConfigured;
    }

    String from() {
        return from;
    }

    String baseUrl() {
        return baseUrl;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    int batchSize() {
        return batchSize;
    }

    /** How long a claimed mail is left alone by other senders; after a crash mid-send it is retried after this. */
    Duration lease() {
        return lease;
    }
}
