package nl.doorbraak.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.audit.internal.AuditFilter;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/** The filter exactly as typed, so a page with an error can show it again; {@link #toFilter} checks it. */
public class AuditFilterForm {

    static final int MAX_LENGTH = 100;
    /** Dutch day-month-year first; the ISO form is what browsers and links send. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private String outcome;
    private String from;
    private String to;

    /** Checks the input; problems go to {@code errors} as message codes, and the result is then unusable. */
    AuditFilter toFilter(Errors errors) {
        checkLengths(errors);
        AuditOutcome parsedOutcome = parseOutcome(errors);
        LocalDate fromDate = parseDate("from", from, errors);
        LocalDate toDate = parseDate("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.rejectValue("to", "audit.filter.to.beforeFrom");
        }
        return new AuditFilter(clean(actor), upper(action), upper(objectType), clean(objectId), parsedOutcome,
                fromDate, toDate);
    }

    private void checkLengths(Errors errors) {
        String[][] fields = {{"actor", actor}, {"action", action}, {"objectType", objectType}, {"objectId", objectId}};
        Arrays.stream(fields).filter(f -> f[1] != null && f[1].strip().length() > MAX_LENGTH)
                .forEach(f -> errors.rejectValue(f[0], "audit.filter.tooLong", new Object[] {MAX_LENGTH}, null));
    }

    private AuditOutcome parseOutcome(Errors errors) {
        String value = upper(outcome);
        if (value == null) {
            return null;
        }
        try {
            return AuditOutcome.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            errors.rejectValue("outcome", "audit.filter.outcome.invalid");
            return null;
        }
    }

    private static LocalDate parseDate(String field, String value, Errors errors) {
        String text = clean(value);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException tryNext) {
                // the next format may fit
            }
        }
        errors.rejectValue(field, "audit.filter." + field + ".invalid");
        return null;
    }

    /** The filter as query parameters on {@code path}, for paging and export links. */
    UriComponentsBuilder link(String path) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        addParam(link, "actor", actor);
        addParam(link, "action", action);
        addParam(link, "objectType", objectType);
        addParam(link, "objectId", objectId);
        addParam(link, "outcome", outcome);
        addParam(link, "from", from);
        addParam(link, "to", to);
        return link;
    }

    private static void addParam(UriComponentsBuilder link, String name, String value) {
        if (clean(value) != null) {
            link.queryParam(name, value.strip());
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String cleaned = clean(value);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getObjectType() { return objectType; }
    public void setObjectType(String objectType) { this.objectType = objectType; }
    public String getObjectId() { return objectId; }
    public void setObjectId(String objectId) { this.objectId = objectId; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
