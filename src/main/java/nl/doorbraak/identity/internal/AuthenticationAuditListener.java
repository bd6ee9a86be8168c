package nl.doorbraak.identity.internal;

import java.util.stream.Collectors;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Turns Spring Security's login and logout events into lockout bookkeeping and audit entries. */
@Component
class AuthenticationAuditListener {

    private final LoginAttempts attempts;
    private final AuditLog audit;

    AuthenticationAuditListener(LoginAttempts attempts, AuditLog audit) {
        this.attempts = attempts;
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // only the roles: Spring Security also grants factor authorities such as FACTOR_PASSWORD
        String roles = event.getAuthentication().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5)).sorted()
                .collect(Collectors.joining(","));
        attempts.succeeded(event.getAuthentication().getName(), roles);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        // Unknown users surface as bad credentials too (Spring hides "user not found"), so they count the same.
        String reason = event instanceof AuthenticationFailureBadCredentialsEvent ? "BadCredentials"
                : event.getException().getClass().getSimpleName();
        attempts.failed(event.getAuthentication().getName(), reason);
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(AuditEvent.of("UITLOGGEN", "GEBRUIKER", username).withActor(username));
    }
}
