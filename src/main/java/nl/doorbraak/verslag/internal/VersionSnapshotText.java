package nl.doorbraak.verslag.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import nl.doorbraak.verslag.VerslagDocument.Person;

/** Helpers the version templates (page and PDF) call as {@code ${snapshotText...}}, kept out of the expressions. */
public final class VersionSnapshotText {

    public static final VersionSnapshotText INSTANCE = new VersionSnapshotText();

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private VersionSnapshotText() {
    }

    /** A written text as paragraphs: one per non-blank line. */
    public List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public boolean blank(String text) {
        return paragraphs(text).isEmpty();
    }

    /** The day in the Netherlands on which a version was finalised. */
    public LocalDate day(Instant instant) {
        return instant.atZone(AMSTERDAM).toLocalDate();
    }

    /** "Name (organisation, role)", or "Name (role)" without organisation. */
    public String person(Person person) {
        if (person == null) {
            return "";
        }
        String org = person.organisation() == null || person.organisation().isBlank() ? "" : person.organisation() + ", ";
        return person.name() + " (" + org + person.role() + ")";
    }
}
