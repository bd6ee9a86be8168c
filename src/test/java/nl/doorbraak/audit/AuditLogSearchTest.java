package nl.doorbraak.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import nl.doorbraak.audit.internal.AuditCursor;
import nl.doorbraak.audit.internal.AuditEntry;
import nl.doorbraak.audit.internal.AuditFilter;
import nl.doorbraak.audit.internal.AuditLogSearch;
import nl.doorbraak.audit.internal.AuditPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class AuditLogSearchTest {

    private static final Instant NOON = Instant.parse("2025-06-01T10:00:00Z");

    @Autowired
    AuditLogSearch search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachFilterNarrowsTheRowsToExactMatches() {
        String actor = uniqueActor();
        long login = insert(actor, "INLOGGEN", "GEBRUIKER", "7", "SUCCESS", NOON);
        long denied = insert(actor, "INLOGGEN", "GEBRUIKER", "8", "DENIED", NOON.plusSeconds(1));
        long export = insert(actor, "LOGBOEK_GEEXPORTEERD", "AUDITLOG", null, "SUCCESS", NOON.plusSeconds(2));

        assertThat(ids(new AuditFilter(actor, null, null, null, null, null, null))).containsExactly(export, denied, login);
        assertThat(ids(new AuditFilter(actor, "INLOGGEN", null, null, null, null, null))).containsExactly(denied, login);
        assertThat(ids(new AuditFilter(actor, null, "AUDITLOG", null, null, null, null))).containsExactly(export);
        assertThat(ids(new AuditFilter(actor, null, null, "7", null, null, null))).containsExactly(login);
        assertThat(ids(new AuditFilter(actor, null, null, null, AuditOutcome.DENIED, null, null))).containsExactly(denied);
        assertThat(ids(new AuditFilter(actor + "x", null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void datesAreWholeDaysInDutchTime() {
        String actor = uniqueActor();
        long lastMinuteOfJuneFirst = insert(actor, "INLOGGEN", null, null, "SUCCESS", Instant.parse("2025-06-01T21:59:59Z"));
        long firstMinuteOfJuneSecond = insert(actor, "INLOGGEN", null, null, "SUCCESS", Instant.parse("2025-06-01T22:00:00Z"));
        long justAfterMidnightInAmsterdam = insert(actor, "INLOGGEN", null, null, "SUCCESS", Instant.parse("2025-05-31T22:00:00Z"));
        LocalDate juneFirst = LocalDate.of(2025, 6, 1);

        assertThat(ids(new AuditFilter(actor, null, null, null, null, juneFirst, juneFirst)))
                .containsExactly(lastMinuteOfJuneFirst, justAfterMidnightInAmsterdam);
        assertThat(ids(new AuditFilter(actor, null, null, null, null, juneFirst.plusDays(1), null)))
                .containsExactly(firstMinuteOfJuneSecond);
    }

    @Test
    void pagesNewestFirstByKeysetAndComesBackTheSameWay() {
        String actor = uniqueActor();
        List<Long> inserted = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            // pairs share a timestamp, so the order must fall back on the id
            inserted.add(insert(actor, "INLOGGEN", null, null, "SUCCESS", NOON.plusSeconds(i / 2)));
        }
        List<Long> newestFirst = new ArrayList<>(inserted);
        Collections.reverse(newestFirst);
        AuditFilter filter = new AuditFilter(actor, null, null, null, null, null, null);

        AuditPage first = search.page(filter, AuditCursor.newest(), 50);
        assertThat(idsOf(first)).isEqualTo(newestFirst.subList(0, 50));
        assertThat(first.hasNewer()).isFalse();
        assertThat(first.olderThan()).isEqualTo(newestFirst.get(49));

        AuditPage second = search.page(filter, AuditCursor.olderThan(first.olderThan()), 50);
        assertThat(idsOf(second)).isEqualTo(newestFirst.subList(50, 100));
        assertThat(second.newerThan()).isEqualTo(newestFirst.get(50));

        AuditPage last = search.page(filter, AuditCursor.olderThan(second.olderThan()), 50);
        assertThat(idsOf(last)).isEqualTo(newestFirst.subList(100, 120));
        assertThat(last.hasOlder()).isFalse();

        AuditPage backAgain = search.page(filter, AuditCursor.newerThan(last.newerThan()), 50);
        assertThat(idsOf(backAgain)).isEqualTo(idsOf(second));
        AuditPage backToStart = search.page(filter, AuditCursor.newerThan(backAgain.newerThan()), 50);
        assertThat(idsOf(backToStart)).isEqualTo(idsOf(first));
        assertThat(backToStart.hasNewer()).isFalse();
    }

    @Test
    void anExactlyFullPageOffersNoFurtherLinks() {
        String actor = uniqueActor();
        for (int i = 0; i < 50; i++) {
            insert(actor, "INLOGGEN", null, null, "SUCCESS", NOON.plusSeconds(i));
        }
        AuditPage page = search.page(new AuditFilter(actor, null, null, null, null, null, null), AuditCursor.newest(), 50);

        assertThat(page.entries()).hasSize(50);
        assertThat(page.hasOlder()).isFalse();
        assertThat(page.hasNewer()).isFalse();
    }

    @Test
    void anUnknownCursorShowsTheNewestPage() {
        String actor = uniqueActor();
        long only = insert(actor, "INLOGGEN", null, null, "SUCCESS", NOON);

        AuditPage page = search.page(new AuditFilter(actor, null, null, null, null, null, null), AuditCursor.olderThan(-1), 50);

        assertThat(idsOf(page)).containsExactly(only);
    }

    @Test
    void exportStopsAtTheCap() {
        String actor = uniqueActor();
        for (int i = 0; i < 5; i++) {
            insert(actor, "INLOGGEN", null, null, "SUCCESS", NOON.plusSeconds(i));
        }
        List<AuditEntry> seen = new ArrayList<>();
        search.forEach(new AuditFilter(actor, null, null, null, null, null, null), 3, seen::add);

        assertThat(seen).hasSize(3);
        assertThat(seen.get(0).occurredAt()).isEqualTo(NOON.plusSeconds(4));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditRows() {
        long id = insert(uniqueActor(), "INLOGGEN", null, null, "SUCCESS", NOON);

        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'iemand-anders' where id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_log where id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
    }

    private List<Long> ids(AuditFilter filter) {
        return idsOf(search.page(filter, AuditCursor.newest(), 50));
    }

    private static List<Long> idsOf(AuditPage page) {
        return page.entries().stream().map(AuditEntry::id).toList();
    }

    private static String uniqueActor() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long insert(String actor, String action, String objectType, String objectId, String outcome, Instant at) {
        return jdbc.sql("""
                        insert into audit_log (occurred_at, actor, action, object_type, object_id, outcome)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, action, objectType, objectId, outcome)
                .query(Long.class).single();
    }
}
