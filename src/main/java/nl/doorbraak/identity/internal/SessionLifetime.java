package nl.doorbraak.identity.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * However active, a session ends {@code doorbraak.session.max-lifetime} after its login (the idle timeout,
 * server.servlet.session.timeout, ends it sooner). Login starts a new session (session fixation protection
 * "migrateSession"), so the session's creation time is the login time. Both limits are measured in real time, as
 * Spring Session measures the idle timeout, not with the application's Clock: tests that move that clock days ahead
 * keep their sessions.
 */
@Component
public class SessionLifetime {

    private final Duration maxLifetime;

    SessionLifetime(@Value("${doorbraak.session.max-lifetime:10h}") Duration maxLifetime) {
        this.maxLifetime = maxLifetime;
    }

    boolean isOver(HttpSession session) {
        return !Instant.now().isBefore(Instant.ofEpochMilli(session.getCreationTime()).plus(maxLifetime));
    }

    /** Whole hours, for the explanation on the login page. */
    public long maxLifetimeHours() {
        return maxLifetime.toHours();
    }
}
