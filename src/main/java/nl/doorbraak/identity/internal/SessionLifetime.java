package nl.doorbraak.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;

/**
 * However active, a session ends {@code doorbraak.session.max-lifetime} after its login (the idle timeout,
 * server.servlet.session.timeout, ends it sooner). The login time is kept in the session at login.
 */
@Component
public class SessionLifetime implements SessionAuthenticationStrategy {

    static final String LOGGED_IN_AT = "doorbraak.loggedInAt";

    private final Clock clock;
    private final Duration maxLifetime;

    SessionLifetime(Clock clock, @Value("${doorbraak.session.max-lifetime:10h}") Duration maxLifetime) {
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().setAttribute(LOGGED_IN_AT, clock.instant());
    }

    /** A session without a login time (none of ours) counts from its creation. */
    boolean isOver(HttpSession session) {
        Instant loggedInAt = session.getAttribute(LOGGED_IN_AT) instanceof Instant at ? at
                : Instant.ofEpochMilli(session.getCreationTime());
        return !clock.instant().isBefore(loggedInAt.plus(maxLifetime));
    }

    /** Whole hours, for the explanation on the login page. */
    public long maxLifetimeHours() {
        return maxLifetime.toHours();
    }
}
