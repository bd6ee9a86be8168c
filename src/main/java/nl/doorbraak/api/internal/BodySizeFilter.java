package nl.doorbraak.api.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.doorbraak.api.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body under /api/** larger than the limit with 413 problem+json, before anyone reads it: at once
 * when its Content-Length says so, else while it is read (then {@link ApiExceptionHandler} answers the 413).
 * Registered for /api/* only by {@link ApiFilters}.
 */
final class BodySizeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BodySizeFilter.class);

    private final long limit;
    private final ProblemResponses problems;

    BodySizeFilter(long limit, ProblemResponses problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit) {
            log.warn("API call {} {} refused: body of {} bytes is over the limit of {}", request.getMethod(),
                    request.getRequestURI(), length, limit);
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "api.problem.detail.413", limit / 1024);
            return;
        }
        chain.doFilter(length < 0 ? new LimitedBodyRequest(request, limit) : request, response);
    }
}
