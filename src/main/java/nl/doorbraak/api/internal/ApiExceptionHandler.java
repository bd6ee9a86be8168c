package nl.doorbraak.api.internal;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.doorbraak.api.ApiController;
import nl.doorbraak.api.ApiProblem;
import nl.doorbraak.api.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns everything that goes wrong in an {@link ApiController} into problem+json with Dutch texts. */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemResponses problems;
    private final ApiSettings settings;

    ApiExceptionHandler(ProblemResponses problems, ApiSettings settings) {
        this.problems = problems;
        this.settings = settings;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem, HttpServletRequest request) {
        List<Map<String, String>> errors = problem.fieldMessages().stream()
                .map(f -> problems.fieldError(f.field(), problems.text(f.messageKey(), f.messageKey()))).toList();
        return answer(problem.status(), problem.detailKey(), errors, request);
    }

    /** Covers MethodArgumentNotValidException too (@RequestBody and @ModelAttribute binding and validation). */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> bindingFailed(BindException failure, HttpServletRequest request) {
        List<Map<String, String>> errors = failure.getBindingResult().getAllErrors().stream()
                .map(error -> problems.fieldError(fieldOf(error), problems.text(error))).toList();
        return answer(HttpStatus.BAD_REQUEST, null, errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> parameterValidationFailed(HandlerMethodValidationException failure,
            HttpServletRequest request) {
        List<Map<String, String>> errors = failure.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> problems.fieldError(result.getMethodParameter().getParameterName(),
                                problems.text(error))))
                .toList();
        return answer(HttpStatus.BAD_REQUEST, null, errors, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        Class<?> type = mismatch.getRequiredType();
        String key = type != null && Temporal.class.isAssignableFrom(type) ? "api.field.date" : "api.field.invalid";
        return answer(HttpStatus.BAD_REQUEST, null,
                List.of(problems.fieldError(mismatch.getName(), problems.text(key, key))), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException missing,
            HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, null,
                List.of(problems.fieldError(missing.getParameterName(), problems.text("api.field.required", "required"))),
                request);
    }

    /** Malformed JSON is 400; a body that grew past the limit while it was read (no Content-Length) is 413. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        if (causedByBodyTooLarge(unreadable)) {
            return bodyTooLarge(request);
        }
        return answer(HttpStatus.BAD_REQUEST, "api.problem.unreadableBody", List.of(), request);
    }

    @ExceptionHandler(BodyTooLarge.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLarge tooLarge, HttpServletRequest request) {
        return bodyTooLarge(request);
    }

    /** Client mistakes, so a warning without a stack trace; the media types are parsed values, never raw headers. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException refused,
            HttpServletRequest request) {
        log.warn("API call {} {} refused: Content-Type {} is not supported", request.getMethod(),
                request.getRequestURI(), refused.getContentType());
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.unsupportedMediaType", List.of(), request);
    }

    /**
     * The client accepts nothing we write. The problem is still problem+json: the content type set on the answer
     * wins over the Accept header (an empty 406 would tell the client less).
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException refused,
            HttpServletRequest request) {
        log.warn("API call {} {} refused: the Accept header allows none of {}", request.getMethod(),
                request.getRequestURI(), refused.getSupportedMediaTypes());
        return answer(HttpStatus.NOT_ACCEPTABLE, "api.problem.notAcceptable", List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException refused,
            HttpServletRequest request) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, null, List.of(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException missing, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, null, List.of(), request);
    }

    /** The reason, when given, is taken as a message key; otherwise the standard detail of the status is used. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> responseStatus(ResponseStatusException failure, HttpServletRequest request) {
        HttpStatusCode code = failure.getStatusCode();
        HttpStatus status = HttpStatus.resolve(code.value());
        return answer(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, failure.getReason(), List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        log.error("Unexpected error in API call {}", request.getRequestURI(), failure);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, null, List.of(), request);
    }

    private ResponseEntity<ProblemDetail> bodyTooLarge(HttpServletRequest request) {
        log.warn("API call {} {} refused: the body grew over the limit of {} bytes", request.getMethod(),
                request.getRequestURI(), settings.maxBodySize().toBytes());
        ProblemDetail problem = problems.problem(HttpStatus.CONTENT_TOO_LARGE, null, request,
                settings.maxBodySize().toKilobytes());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(ProblemResponses.PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<ProblemDetail> answer(HttpStatus status, String detailKey, List<Map<String, String>> errors,
            HttpServletRequest request) {
        ProblemDetail problem = problems.withErrors(problems.problem(status, detailKey, request), errors);
        return ResponseEntity.status(status).contentType(ProblemResponses.PROBLEM_JSON).body(problem);
    }

    private static boolean causedByBodyTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static String fieldOf(ObjectError error) {
        return error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
    }
}
