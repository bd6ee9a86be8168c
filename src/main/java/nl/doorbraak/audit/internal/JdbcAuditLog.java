package nl.doorbraak.audit.internal;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = event.actor() != null ? event.actor() : authenticatedName(auth);
        jdbc.sql("""
                insert into audit_log (actor, on_behalf_of, actor_role, action, object_type, object_id,
                                       subject_ref, client_address, outcome, details)
                values (:actor, :onBehalfOf, :role, :action, :objectType, :objectId, :subject, :client, :outcome, :details)
                """)
                .param("actor", truncate(actor, 100))
                .param("onBehalfOf", truncate(actor, 100))
                .param("role", truncate(roles(auth, actor), 200))
                .param("action", event.action())
                .param("objectType", event.objectType())
                .param("objectId", truncate(event.objectId(), 100))
                .param("subject", event.subjectRef())
                .param("client", clientAddress())
                .param("outcome", event.outcome().name())
                .param("details", truncate(event.details(), 1000))
                .update();
    }

    private static String authenticatedName(Authentication auth) {
        return auth == null || !auth.isAuthenticated() ? null : auth.getName();
    }

    private static String roles(Authentication auth, String actor) {
        if (auth == null || actor == null || !actor.equals(auth.getName())) {
            return null;
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted()
                .collect(Collectors.joining(","));
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "systeem";
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
