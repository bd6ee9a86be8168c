package nl.doorbraak.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes audit entries as CSV for spreadsheets used in the Netherlands: semicolon-separated, UTF-8 with a
 * byte order mark (so Excel shows accents), fixed column names so scripts can rely on them.
 */
final class AuditCsv {

    static final String HEADER = "id;tijdstip;gebruiker;namens;rol;actie;objecttype;object;betrokkene;adres;uitkomst;details";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(AuditConditions.AMSTERDAM);

    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
    }

    void writeHeader() {
        write("\uFEFF" + HEADER);
    }

    void write(AuditEntry e) {
        write(Stream.of(String.valueOf(e.id()), TIME.format(e.occurredAt()), e.actor(), e.onBehalfOf(), e.actorRole(),
                        e.action(), e.objectType(), e.objectId(), e.subjectRef(), e.clientAddress(), e.outcome(), e.details())
                .map(AuditCsv::field).collect(Collectors.joining(";")));
    }

    private void write(String line) {
        try {
            out.write(line);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes when needed, and defuses values a spreadsheet would run as a formula. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
