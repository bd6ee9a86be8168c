package nl.doorbraak.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The open proposals B's agenda shows: only this table's, not ingevoerd or afgewezen, dated by the latest decision. */
@SpringBootTest
@ActiveProfiles("test")
class OpenProposalsTest {

    @Autowired Proposals proposals;
    @Autowired JdbcClient jdbc;

    @Test
    void listsOnlyTheOpenProposalsOfTheTableWithTheDateOfTheirLatestDecision() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long owner = jdbc.sql("select id from app_user where username = 'coordinator-tilburg'").query(Long.class).single();
        long submitted = proposal("tilburg", "INGEDIEND", "Ingediend " + marker, owner);
        decision(submitted, "INGEDIEND", LocalDate.of(2026, 3, 2), owner);
        long inProgress = proposal("tilburg", "IN_BEHANDELING", "In behandeling " + marker, owner);
        decision(inProgress, "INGEDIEND", LocalDate.of(2026, 2, 1), owner);
        decision(inProgress, "IN_BEHANDELING", LocalDate.of(2026, 4, 15), owner);
        long done = proposal("tilburg", "INGEVOERD", "Ingevoerd " + marker, owner);
        long refused = proposal("tilburg", "AFGEWEZEN", "Afgewezen " + marker, owner);
        long elsewhere = proposal("utrecht", "INGEDIEND", "Elders " + marker, owner);

        List<ProposalSummary> open = proposals.openOf("tilburg", "leertafel").stream()
                .filter(p -> p.title().endsWith(marker)).toList();

        assertThat(open).extracting(ProposalSummary::id).containsExactly(submitted, inProgress)
                .doesNotContain(done, refused, elsewhere);
        assertThat(open.get(1).status()).isEqualTo("IN_BEHANDELING");
        assertThat(open.get(1).statusSince()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(open.get(0).kind()).isEqualTo("VERBETERVOORSTEL");
        assertThat(open.get(0).ownerName()).isNotBlank();
    }

    private long proposal(String region, String status, String title, long owner) {
        return jdbc.sql("""
                insert into proposal (region_slug, table_code, kind, title, description, owner_user_id, status,
                                      created_by, created_at)
                values (?, 'leertafel', 'VERBETERVOORSTEL', ?, 'Omschrijving', ?, ?, ?, ?) returning id""")
                .params(region, title, owner, status, owner, OffsetDateTime.now(ZoneOffset.UTC))
                .query(Long.class).single();
    }

    private void decision(long proposal, String status, LocalDate on, long by) {
        jdbc.sql("""
                insert into proposal_decision (proposal_id, status, decided_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)""")
                .params(proposal, status, on, by, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }
}
