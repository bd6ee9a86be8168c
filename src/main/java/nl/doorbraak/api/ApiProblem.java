package nl.doorbraak.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Thrown by an {@link ApiController} to answer with a problem; the messages are keys in the bundles, so the
 * answer is Dutch. Example: {@code throw ApiProblem.invalid("geboortedatum", "leerplicht.api.birthInFuture")}.
 */
public final class ApiProblem extends RuntimeException {

    /** One field's problem: the query parameter or JSON property, and the message key for what is wrong. */
    public record FieldMessage(String field, String messageKey) {
    }

    private final HttpStatus status;
    private final String detailKey;
    private final List<FieldMessage> fieldMessages;

    private ApiProblem(HttpStatus status, String detailKey, List<FieldMessage> fieldMessages) {
        super(detailKey, null, false, false);
        this.status = status;
        this.detailKey = detailKey;
        this.fieldMessages = List.copyOf(fieldMessages);
    }

    /** 400 with the standard "invalid input" detail and one field error; add more with {@link #and}. */
    public static ApiProblem invalid(String field, String messageKey) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, null, List.of(new FieldMessage(field, messageKey)));
    }

    /** 400 with the standard detail and these field errors. */
    public static ApiProblem invalid(List<FieldMessage> fieldMessages) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, null, fieldMessages);
    }

    /** Any status; {@code detailKey} null gives the standard detail for that status. */
    public static ApiProblem of(HttpStatus status, String detailKey) {
        return new ApiProblem(status, detailKey, List.of());
    }

    public ApiProblem and(String field, String messageKey) {
        List<FieldMessage> more = new ArrayList<>(fieldMessages);
        more.add(new FieldMessage(field, messageKey));
        return new ApiProblem(status, detailKey, more);
    }

    public HttpStatus status() {
        return status;
    }

    /** The message key of the detail, or null for the standard detail of the status. */
    public String detailKey() {
        return detailKey;
    }

    public List<FieldMessage> fieldMessages() {
        return fieldMessages;
    }
}
