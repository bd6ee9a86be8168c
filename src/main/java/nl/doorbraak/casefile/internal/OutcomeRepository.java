package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import nl.doorbraak.casefile.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outcomes of cases (one row per closure, kept when reopened) and the dates the durations are computed from. */
@Repository
class OutcomeRepository {

    private final JdbcClient jdbc;

    OutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordClosure(long caseId, ClosureInput input, CaseStatus closedFrom, long actor, Instant at) {
        boolean offer = input.kind() == OutcomeKind.PASSEND_AANBOD;
        jdbc.sql("""
                insert into case_outcome (case_id, kind, offer_type, place, starts_on, reason_code, explanation,
                                          closed_from, recorded_by, recorded_at)
                values (:case, :kind, :offerType, :place, :startsOn, :reason, :explanation, :from, :actor, :at)""")
                .param("case", caseId).param("kind", input.kind().name())
                .param("offerType", offer ? input.offerType().name() : null).param("place", offer ? input.place() : null)
                .param("startsOn", offer ? input.startsOn() : null)
                .param("reason", offer ? null : input.reason().name()).param("explanation", input.explanation())
                .param("from", closedFrom.name()).param("actor", actor).param("at", Timestamps.of(at)).update();
        jdbc.sql("update case_file set status = 'AFGESLOTEN', closed_at = ?, version = version + 1 where id = ?")
                .params(Timestamps.of(at), caseId).update();
    }

    void recordReopening(long caseId, CaseStatus back, long actor, Instant at, String reason) {
        jdbc.sql("""
                update case_outcome set reopened_at = ?, reopened_by = ?, reopen_reason = ?
                where case_id = ? and reopened_at is null""")
                .params(Timestamps.of(at), actor, reason, caseId).update();
        jdbc.sql("update case_file set status = ?, closed_at = null, version = version + 1 where id = ?")
                .params(back.name(), caseId).update();
    }

    Optional<CaseOutcome> current(long caseId) {
        return jdbc.sql("""
                select o.kind, o.offer_type, o.place, o.starts_on, o.reason_code, o.explanation, o.closed_from,
                       o.recorded_at, u.display_name as recorded_by_name
                from case_outcome o left join app_user u on u.id = o.recorded_by
                where o.case_id = ? and o.reopened_at is null""")
                .param(caseId).query(CaseOutcome.class).optional();
    }

    Set<Long> regiehouders(long caseId) {
        return new HashSet<>(jdbc.sql("select user_id from case_participant where case_id = ? and role = 'REGIEHOUDER'")
                .param(caseId).query(Long.class).list());
    }

    /** The meeting dates of the finalised verslagen; a reason that is not an ISO date is not a table date. */
    List<LocalDate> tableDates(long caseId) {
        return jdbc.sql("select reason from case_event where case_id = ? and type = 'VERSLAG_VASTGESTELD'")
                .param(caseId).query(String.class).list().stream().flatMap(OutcomeRepository::date).toList();
    }

    CaseDates dates(long caseId) {
        return jdbc.sql("select out_of_school_since, submitted_at from case_file where id = ?").param(caseId)
                .query((rs, n) -> new CaseDates(rs.getObject(1, LocalDate.class),
                        Optional.ofNullable(rs.getObject(2, OffsetDateTime.class))
                                .map(t -> t.atZoneSameInstant(CaseTime.ZONE).toLocalDate()).orElse(null)))
                .single();
    }

    record CaseDates(LocalDate outOfSchoolSince, LocalDate submittedOn) {
    }

    private static Stream<LocalDate> date(String text) {
        try {
            return text == null ? Stream.empty() : Stream.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return Stream.empty();
        }
    }
}
