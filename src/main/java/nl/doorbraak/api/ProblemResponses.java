package nl.doorbraak.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with Dutch texts from the bundles (keys {@code api.problem.*}). The advice for
 * {@link ApiController}s uses it, and so do security filters that answer before any controller runs.
 */
@Component
public class ProblemResponses {

    /** The media type of every API error. */
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemResponses(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    /** A problem for {@code status}; {@code detailKey} null gives the standard detail of that status. */
    public ProblemDetail problem(HttpStatus status, String detailKey, HttpServletRequest request) {
        return problem(status, detailKey, request, new Object[0]);
    }

    /** Like {@link #problem(HttpStatus, String, HttpServletRequest)}, with arguments for the detail's text. */
    public ProblemDetail problem(HttpStatus status, String detailKey, HttpServletRequest request, Object... args) {
        // Filters run before the DispatcherServlet sets the locale, so ask the application's resolver.
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(typeOf(status)));
        problem.setTitle(text(locale, "api.problem.title." + status.value(), status.getReasonPhrase()));
        String standardDetail = text(locale, "api.problem.detail." + status.value(), status.getReasonPhrase(), args);
        problem.setDetail(detailKey == null ? standardDetail : text(locale, detailKey, standardDetail, args));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** Adds the {@code errors} member: one {field, message} per problem, messages already in Dutch. */
    public ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** One entry of {@code errors}. */
    public Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    /** The Dutch text of a key, or {@code fallback} when the bundles lack it. */
    public String text(String key, String fallback, Object... args) {
        return text(LocaleContextHolder.getLocale(), key, fallback, args);
    }

    private String text(Locale locale, String key, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, locale);
    }

    /** The Dutch text of a validation or binding error (its codes, then its default message). */
    public String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    /** Writes a problem straight to the response, for filters (401 and 403 before a controller is reached). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        write(request, response, status, null);
    }

    /** Like {@link #write(HttpServletRequest, HttpServletResponse, HttpStatus)}, with a detail and its arguments. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
            Object... args) throws IOException {
        ProblemDetail problem = problem(status, detailKey, request, args);
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), asMap(problem));
    }

    private static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    private static String typeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "urn:doorbraak:probleem:ongeldige-invoer";
            case UNAUTHORIZED -> "urn:doorbraak:probleem:niet-ingelogd";
            case FORBIDDEN -> "urn:doorbraak:probleem:geen-toegang";
            case NOT_FOUND -> "urn:doorbraak:probleem:niet-gevonden";
            case METHOD_NOT_ALLOWED -> "urn:doorbraak:probleem:methode-niet-toegestaan";
            case NOT_ACCEPTABLE -> "urn:doorbraak:probleem:antwoordformaat-niet-mogelijk";
            case CONFLICT -> "urn:doorbraak:probleem:conflict";
            case CONTENT_TOO_LARGE -> "urn:doorbraak:probleem:te-groot";
            case UNSUPPORTED_MEDIA_TYPE -> "urn:doorbraak:probleem:formaat-niet-ondersteund";
            case TOO_MANY_REQUESTS -> "urn:doorbraak:probleem:te-veel-aanvragen";
            case INTERNAL_SERVER_ERROR -> "urn:doorbraak:probleem:interne-fout";
            default -> "about:blank";
        };
    }
}
