package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pairs of a new referral and an open case about the same name and date of birth, and their decisions. */
@Repository
class PossibleDuplicateRepository {

    /** Bounds what one referral can match; a real name and date of birth match a handful of cases at most. */
    static final int MAX_MATCHES = 20;

    static final String MATCH_SQL = """
            select id as case_id, region_slug from case_file
            where lower(youth_name) = lower(:name) and youth_birth_date = :birth and id <> :except
            and status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN', 'GEPLAND', 'IN_UITVOERING')
            order by id limit :limit""";

    private final JdbcClient jdbc;

    PossibleDuplicateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One side of a pair. */
    record Side(long caseId, String regionSlug) {
    }

    /** A pair as stored, for one of its cases. */
    record Pair(long id, long caseId, long matchCaseId, OffsetDateTime foundAt, DuplicateDecision decision,
            String decidedByName, OffsetDateTime decidedAt) {

        long other(long side) {
            return caseId == side ? matchCaseId : caseId;
        }
    }

    /**
     * Open cases (not drafts, not ended) about the same youth: name without regard to case and date of birth, through
     * {@code case_file_youth_idx} (V6) on {@code (lower(youth_name), youth_birth_date)}.
     */
    List<Side> openMatches(String youthName, LocalDate birthDate, long exceptCaseId) {
        return jdbc.sql(MATCH_SQL)
                .param("name", youthName.strip()).param("birth", birthDate).param("except", exceptCaseId)
                .param("limit", MAX_MATCHES).query(Side.class).list();
    }

    void insert(long caseId, long matchCaseId, Instant foundAt) {
        jdbc.sql("""
                insert into case_possible_duplicate (case_id, match_case_id, found_at) values (?, ?, ?)
                on conflict do nothing""").params(caseId, matchCaseId, Timestamps.of(foundAt)).update();
    }

    /** Every pair the case is in, from either side, newest first. */
    List<Pair> ofCase(long caseId) {
        return jdbc.sql("""
                select d.id, d.case_id, d.match_case_id, d.found_at, d.decision, u.display_name as decided_by_name,
                       d.decided_at
                from (select * from case_possible_duplicate where case_id = :id
                      union all select * from case_possible_duplicate where match_case_id = :id) d
                left join app_user u on u.id = d.decided_by order by d.found_at desc, d.id desc""")
                .param("id", caseId).query(Pair.class).list();
    }

    /** Records the decision on an undecided pair the case is in; empty when there is none (decided meanwhile). */
    Optional<Pair> decide(long pairId, long caseId, DuplicateDecision decision, long userId, Instant at) {
        return jdbc.sql("""
                update case_possible_duplicate set decision = :decision, decided_by = :user, decided_at = :at
                where id = :id and decision is null and (case_id = :case or match_case_id = :case)
                returning id, case_id, match_case_id, found_at, decision, null as decided_by_name, decided_at""")
                .param("decision", decision.name()).param("user", userId).param("at", Timestamps.of(at))
                .param("id", pairId).param("case", caseId).query(Pair.class).optional();
    }
}
