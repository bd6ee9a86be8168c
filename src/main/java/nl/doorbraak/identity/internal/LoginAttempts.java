package nl.doorbraak.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts consecutive failed logins, locks the account (and ends its sessions) at the fifth, and audits every attempt. */
@Component
@Transactional
class LoginAttempts {

    private static final int MAX_ACTOR_LENGTH = 100;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountChanges accountChanges;

    LoginAttempts(JdbcClient jdbc, AuditLog audit, Clock clock, AccountChanges accountChanges) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.accountChanges = accountChanges;
    }

    void succeeded(String username, String roles) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where lower(username) = lower(?)")
                .param(username).update();
        audit.record(AuditEvent.of("INLOGGEN", "GEBRUIKER", username).withActor(username)
                .withDetails("rollen=" + roles));
    }

    void failed(String attemptedUsername, String reason) {
        String actor = truncate(attemptedUsername);
        audit.record(AuditEvent.of("INLOGGEN", "GEBRUIKER", actor).withActor(actor)
                .withOutcome(AuditOutcome.FAILURE).withDetails("reden=" + reason));
        if ("BadCredentials".equals(reason)) {
            countFailure(attemptedUsername).ifPresent(failures -> lockIfNeeded(attemptedUsername, failures));
        }
    }

    private Optional<Integer> countFailure(String username) {
        // Atomic increment: parallel attempts cannot slip past the limit. Unknown usernames match no row.
        return jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1
                where lower(username) = lower(?) returning failed_logins""")
                .param(username).query(Integer.class).optional();
    }

    private void lockIfNeeded(String username, int failures) {
        if (!LockoutPolicy.shouldLock(failures)) {
            return;
        }
        Instant until = LockoutPolicy.lockedUntil(clock.instant());
        // The counter restarts, so after the lock expires the user again has five attempts.
        long id = jdbc.sql("""
                update app_user set locked_until = ?, failed_logins = 0 where lower(username) = lower(?) returning id""")
                .params(Timestamp.from(until), username).query(Long.class).single();
        // while an account is locked nothing acts for it: its sessions end, its API keys are refused
        accountChanges.changed(id);
        audit.record(AuditEvent.of("ACCOUNT_GEBLOKKEERD", "GEBRUIKER", truncate(username)).withActor("systeem")
                .withDetails("geblokkeerd tot " + until + " na " + failures + " mislukte pogingen"));
    }

    private static String truncate(String value) {
        String safe = value == null ? "" : value;
        return safe.length() <= MAX_ACTOR_LENGTH ? safe : safe.substring(0, MAX_ACTOR_LENGTH);
    }
}
