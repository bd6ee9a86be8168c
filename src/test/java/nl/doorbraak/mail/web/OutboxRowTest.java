package nl.doorbraak.mail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.doorbraak.mail.internal.OutboxEntry;
import org.junit.jupiter.api.Test;

class OutboxRowTest {

    @Test
    void masksAnAddressToItsFirstCharacterAndDomain() {
        assertThat(OutboxRow.mask("ouder.jansen@example.nl")).isEqualTo("o***@example.nl");
        assertThat(OutboxRow.mask("é@voorbeeld.nl")).isEqualTo("é***@voorbeeld.nl");
        assertThat(OutboxRow.mask("a@b@c.nl")).isEqualTo("a***@c.nl");
        assertThat(OutboxRow.mask("geen-adres")).isEqualTo("***");
        assertThat(OutboxRow.mask("@example.nl")).isEqualTo("***");
    }

    @Test
    void showsAnAccountsMailWholeAndHidesEverythingButRepairFactsOfOtherMail() {
        OutboxEntry toColleague = entry("Coordinator@School.example", null);
        OutboxEntry toParent = entry("ouder@gezin.example", null);
        OutboxEntry invitation = entry("coordinator@school.example", "uitnodiging.ics");

        List<OutboxRow> rows = OutboxRow.forAdministrator(List.of(toColleague, toParent, invitation),
                addresses -> Set.of("coordinator@school.example"));

        assertThat(rows.get(0).recipient()).isEqualTo("Coordinator@School.example");
        assertThat(rows.get(0).subject()).isEqualTo("Onderwerp");
        assertThat(rows.get(0).linkPath()).isEqualTo("/casussen/1");
        assertThat(rows.get(1)).extracting(OutboxRow::recipient, OutboxRow::subject, OutboxRow::linkPath,
                OutboxRow::bodyLines, OutboxRow::contentShown).containsExactly("o***@gezin.example", null, null, List.of(), false);
        assertThat(rows.get(1)).extracting(OutboxRow::attempts, OutboxRow::lastError, OutboxRow::retryable)
                .containsExactly(3, "fout", true);
        assertThat(rows.get(2)).extracting(OutboxRow::recipient, OutboxRow::subject, OutboxRow::hasAttachment)
                .containsExactly("coordinator@school.example", null, true);
    }

    @Test
    void withoutADirectoryOfAccountsEveryRecipientIsMasked() {
        List<OutboxRow> rows = OutboxRow.forAdministrator(List.of(entry("coordinator@school.example", null)),
                nl.doorbraak.mail.AccountAddresses.NONE);

        assertThat(rows.get(0).recipient()).isEqualTo("c***@school.example");
    }

    private static OutboxEntry entry(String to, String attachment) {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        return new OutboxEntry(1, now, "TEST", to, "Onderwerp", "Regel een\nRegel twee", "/casussen/1", 3, null,
                null, now, "fout", attachment);
    }
}
