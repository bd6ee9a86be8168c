package nl.doorbraak.identity.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a changed account's sessions on every instance: they are rows in PostgreSQL, indexed by user id. The delete
 * runs in the transaction of the change, so the change and the end of the sessions commit together (the
 * repository's own deleteById would commit separately). Only the session of the request making the change stays:
 * when that is the user's own, it is refreshed to the account as it is now.
 */
@Component
class UserSessions {

    private final JdbcClient jdbc;
    private final DatabaseUserDetailsService users;
    private final AuditLog audit;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    UserSessions(JdbcClient jdbc, DatabaseUserDetailsService users, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    @EventListener
    void onAccountChanged(AccountChanged change) {
        String keep = currentSession().map(HttpSession::getId).orElse("");
        int ended = jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
                .params(UserIdIndexResolver.indexValue(change.userId()), keep).update();
        if (ended > 0) {
            audit.record(AuditEvent.of("SESSIE_BEEINDIGD", "GEBRUIKER", change.userId())
                    .withDetails(ended + " sessie(s) beëindigd na een wijziging van het account"));
        }
        if (CurrentUsers.current().map(CurrentUser::id).filter(id -> id == change.userId()).isPresent()) {
            refreshCurrent(change.userId());
        }
    }

    private void refreshCurrent(long userId) {
        users.load(userId).ifPresent(principal -> {
            principal.eraseCredentials();
            UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(
                    principal, null, principal.getAuthorities());
            refreshed.setDetails(contexts.getContext().getAuthentication().getDetails());
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(refreshed);
            contexts.setContext(context);
            currentSession().ifPresent(session -> session.setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context));
        });
    }

    private static Optional<HttpSession> currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getSession(false));
        }
        return Optional.empty();
    }
}
