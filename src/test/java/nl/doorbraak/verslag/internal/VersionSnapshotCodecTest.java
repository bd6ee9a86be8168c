package nl.doorbraak.verslag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import nl.doorbraak.verslag.VerslagDocument;
import nl.doorbraak.verslag.VerslagDocument.Person;
import org.junit.jupiter.api.Test;

/** A frozen version survives the trip through JSON unchanged, dates and times included. */
class VersionSnapshotCodecTest {

    @Test
    void aDocumentRoundTripsThroughJson() {
        Person owner = new Person("Mentor", null, "School");
        VerslagDocument document = new VerslagDocument(1, 2, "Datum verkeerd", Instant.parse("2026-12-03T10:15:30.123Z"),
                "A. Voorzitter", "Utrecht", "Actietafel", LocalDate.of(2026, 12, 3), LocalTime.of(9, 0),
                LocalTime.of(10, 30), "Wijkcentrum", "A. Voorzitter", "Kind", LocalDate.of(2012, 5, 1), List.of(owner),
                List.of(), List.of(new VerslagDocument.Section("zorg", "Welke zorg?", null)),
                List.of(new VerslagDocument.Agreement("Intake", owner, LocalDate.of(2026, 12, 10), null, "Gepland")),
                List.of(), owner, owner, new VerslagDocument.Monitoring("Wekelijks", "Mail", owner),
                List.of(new VerslagDocument.ChecklistAnswer("Heeft de leerling alles kunnen vertellen?", "Niet aanwezig")),
                LocalDate.of(2027, 1, 14), null, List.of(owner));
        VersionSnapshotCodec codec = new VersionSnapshotCodec();

        String json = codec.write(document);

        assertThat(codec.read(json)).isEqualTo(document);
        assertThat(json).contains("\"meetingDate\":\"2026-12-03\"").contains("\"finalisedAt\":\"2026-12-03T10:15:30.123Z\"");
    }
}
