package nl.doorbraak.identity.internal;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Indexes a stored session by the id of the logged-in user, not by username: the administrator can rename a user,
 * and the old sessions must still be found then. Spring Session keeps the value in the PRINCIPAL_NAME column.
 */
final class UserIdIndexResolver implements IndexResolver<Session> {

    static String indexValue(long userId) {
        return String.valueOf(userId);
    }

    @Override
    public Map<String, String> resolveIndexesFor(Session session) {
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication authentication = stored instanceof SecurityContext context ? context.getAuthentication() : null;
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                    indexValue(principal.currentUser().id()));
        }
        return Map.of();
    }
}
