package nl.doorbraak.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.doorbraak.identity.internal.SessionAccountCheck.Verdict;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs {@link SessionAccountCheck} for every request of a logged-in session, so a change to the account takes
 * effect on the next request: an ended session is invalidated, a user who must change their password reaches only
 * what {@code allowedBeforePasswordChange} matches. How to refuse (redirect or problem+json) is the chain's choice.
 * Not a bean, like {@link BearerTokenFilter}.
 */
final class SessionAccountFilter extends OncePerRequestFilter {

    /** Answers a request that may not go on. */
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response, Verdict verdict) throws IOException;
    }

    private final SessionAccountCheck check;
    private final RequestMatcher unchecked;
    private final RequestMatcher allowedBeforePasswordChange;
    private final Refusal refusal;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SessionAccountFilter(SessionAccountCheck check, RequestMatcher unchecked, RequestMatcher allowedBeforePasswordChange,
            Refusal refusal) {
        this.check = check;
        this.unchecked = unchecked;
        this.allowedBeforePasswordChange = allowedBeforePasswordChange;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = unchecked.matches(request) ? null : contexts.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        Verdict verdict = check.check(principal, session);
        if (verdict == Verdict.VALID
                || verdict == Verdict.PASSWORD_CHANGE_REQUIRED && allowedBeforePasswordChange.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (verdict != Verdict.PASSWORD_CHANGE_REQUIRED) {
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
        }
        refusal.refuse(request, response, verdict);
    }
}
