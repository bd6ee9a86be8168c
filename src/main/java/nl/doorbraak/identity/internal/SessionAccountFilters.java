package nl.doorbraak.identity.internal;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import nl.doorbraak.api.ProblemResponses;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/** The {@link SessionAccountFilter} of each security chain: pages redirect, the API answers with problem+json. */
@Component
class SessionAccountFilters {

    static final String PASSWORD_CHANGE_PAGE = "/account/wachtwoord";

    /** Static files need no account check; skipping them spares a database lookup per stylesheet or script. */
    private static final RequestMatcher STATIC = new OrRequestMatcher(PathRequest.toStaticResources().atCommonLocations(),
            pathPattern("/css/**"), pathPattern("/js/**"), pathPattern("/webjars/**"), pathPattern("/favicon.ico"));
    private static final RequestMatcher BEFORE_PASSWORD_CHANGE = new OrRequestMatcher(pathPattern(PASSWORD_CHANGE_PAGE),
            pathPattern("/logout"), pathPattern("/login"), pathPattern("/error"));

    private final SessionAccountCheck check;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    SessionAccountFilters(SessionAccountCheck check) {
        this.check = check;
    }

    SessionAccountFilter forPages() {
        return new SessionAccountFilter(check, STATIC, BEFORE_PASSWORD_CHANGE, (request, response, verdict) ->
                redirects.sendRedirect(request, response, switch (verdict) {
                    case PASSWORD_CHANGE_REQUIRED -> PASSWORD_CHANGE_PAGE;
                    case LIFETIME_OVER -> "/login?maximaal";
                    default -> "/login?gewijzigd";
                }));
    }

    /** Token requests are checked by {@link BearerTokenFilter}; an ended session answers 401 like no session. */
    SessionAccountFilter forApi(ProblemResponses problems) {
        return new SessionAccountFilter(check, BearerTokenFilter::hasBearerToken, request -> false,
                (request, response, verdict) -> problems.write(request, response,
                        verdict == SessionAccountCheck.Verdict.PASSWORD_CHANGE_REQUIRED ? HttpStatus.FORBIDDEN
                                : HttpStatus.UNAUTHORIZED));
    }
}
