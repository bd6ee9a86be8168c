package nl.doorbraak.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.doorbraak.casefile.LooseEnd;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code escalation} and {@code escalation_recipient} (V20). */
@Repository
class EscalationRepository {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;

    EscalationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, long raisedBy, Instant at, EscalationDraft draft) {
        SaveConsent consent = draft.saveConsent();
        return jdbc.sql("""
                insert into escalation (case_id, raised_by, raised_at, reason, save_involved, save_consent_by,
                    save_consent_on, save_consent_how)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, raisedBy, utc(at), draft.reason().strip(), draft.saveInvolved(),
                        consent == null ? null : consent.givenBy().strip(), consent == null ? null : consent.givenOn(),
                        consent == null ? null : consent.how().strip())
                .query(Long.class).single();
    }

    void addRecipient(long escalationId, Recipient recipient) {
        jdbc.sql("""
                insert into escalation_recipient (escalation_id, kind, organisation_id, user_id, label, email)
                values (?, ?, ?, ?, ?, ?) on conflict (escalation_id, email) do nothing""")
                .params(escalationId, recipient.kind().name(), recipient.organisationId(), recipient.userId(),
                        recipient.label(), recipient.email())
                .update();
    }

    /** The case of an open escalation, locked against a second resolution; empty when unknown or resolved. */
    Optional<Long> caseOfOpen(long escalationId) {
        return jdbc.sql("select case_id from escalation where id = ? and status = 'OPEN' for update")
                .param(escalationId).query(Long.class).optional();
    }

    void resolve(long escalationId, long resolvedBy, Instant at, String decision) {
        jdbc.sql("""
                update escalation set status = 'OPGELOST', resolved_by = ?, resolved_at = ?, decision = ?,
                    version = version + 1 where id = ? and status = 'OPEN'""")
                .params(resolvedBy, utc(at), decision.strip(), escalationId).update();
    }

    /** The open escalations of a case, oldest first, as loose ends: when raised, the reason and who raised it. */
    List<LooseEnd> openOf(long caseId) {
        return jdbc.sql("""
                select e.id, e.raised_at, e.reason, r.display_name from escalation e join app_user r on r.id = e.raised_by
                where e.case_id = ? and e.status = 'OPEN' order by e.raised_at, e.id""")
                .param(caseId).query((rs, n) -> new LooseEnd(LooseEnd.Kind.ESCALATIE, rs.getLong(1),
                        local(rs.getObject(2, OffsetDateTime.class).toInstant()), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The escalations of a case, newest first; an open one's duration runs until {@code now}. */
    List<EscalationEntry> ofCase(long caseId, Instant now) {
        Map<Long, List<String>> notified = notified(caseId);
        return jdbc.sql("""
                select e.id, r.display_name, e.raised_at, e.reason, e.status, s.display_name, e.resolved_at, e.decision,
                       e.save_consent_by, e.save_consent_on, e.save_consent_how
                from escalation e join app_user r on r.id = e.raised_by left join app_user s on s.id = e.resolved_by
                where e.case_id = ? order by e.raised_at desc, e.id desc""")
                .param(caseId).query((rs, n) -> entry(rs, notified, now)).list();
    }

    private Map<Long, List<String>> notified(long caseId) {
        return jdbc.sql("""
                select r.escalation_id, r.label from escalation_recipient r join escalation e on e.id = r.escalation_id
                where e.case_id = ? order by r.kind desc, r.label, r.id""")
                .param(caseId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.collectingAndThen(Collectors.toList(),
                                labels -> labels.stream().distinct().toList()))));
    }

    private static EscalationEntry entry(ResultSet rs, Map<Long, List<String>> notified, Instant now) throws SQLException {
        Instant raisedAt = rs.getObject(3, OffsetDateTime.class).toInstant();
        OffsetDateTime resolved = rs.getObject(7, OffsetDateTime.class);
        Instant resolvedAt = resolved == null ? null : resolved.toInstant();
        String consentBy = rs.getString(9);
        SaveConsent consent = consentBy == null ? null
                : new SaveConsent(consentBy, rs.getObject(10, LocalDate.class), rs.getString(11));
        return new EscalationEntry(rs.getLong(1), rs.getString(2), local(raisedAt), rs.getString(4),
                "OPEN".equals(rs.getString(5)), rs.getString(6), resolvedAt == null ? null : local(resolvedAt),
                rs.getString(8), consent, notified.getOrDefault(rs.getLong(1), List.of()),
                Elapsed.between(raisedAt, resolvedAt == null ? now : resolvedAt));
    }

    private static java.time.LocalDateTime local(Instant instant) {
        return instant.atZone(DUTCH_TIME).toLocalDateTime();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
