package nl.doorbraak.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import nl.doorbraak.audit.internal.RightsFilter;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/** A period as typed (so a page with an error shows it again), read as the audit log's date filter reads it. */
public class PeriodForm {

    /** Dutch day-month-year first; the ISO form is what browsers and links send. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private String from;
    private String to;

    /** Problems go to {@code errors} with the audit log's message codes, and the result is then unusable. */
    RightsFilter toFilter(Errors errors) {
        LocalDate fromDate = parse("from", from, errors);
        LocalDate toDate = parse("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.rejectValue("to", "audit.filter.to.beforeFrom");
        }
        return new RightsFilter(fromDate, toDate);
    }

    private static LocalDate parse(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(value.strip(), format);
            } catch (DateTimeParseException tryNext) {
                // the next format may fit
            }
        }
        errors.rejectValue(field, "audit.filter." + field + ".invalid");
        return null;
    }

    /** The period as query parameters on {@code path}, for the paging links. */
    UriComponentsBuilder link(String path) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (from != null && !from.isBlank()) {
            link.queryParam("from", from.strip());
        }
        if (to != null && !to.isBlank()) {
            link.queryParam("to", to.strip());
        }
        return link;
    }

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
