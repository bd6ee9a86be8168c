package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CasePlanningRefused;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.casefile.LooseEnd;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The casefile side of the dossier and the verslag: audited reads, participants' access, timeline steps. */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, CasePlanningRefused.class})
class CaseParticipationService implements CaseParticipation {

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CaseTime time;

    CaseParticipationService(CaseGuard guard, CaseRepository cases, JdbcClient jdbc, AuditLog audit, CaseTime time) {
        this.guard = guard;
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
    }

    @Override
    public CaseSummary visible(CurrentUser user, long caseId, String auditAction) {
        CaseSummary summary = visibleForChange(user, caseId, auditAction);
        audit.record(AuditEvent.of(auditAction, "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(user.username()));
        return summary;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> visibleAmong(CurrentUser user, Collection<Long> caseIds) {
        return caseIds.stream().filter(id -> cases.facts(id).filter(f -> CaseAccess.maySee(user, f)).isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public CaseSummary visibleForChange(CurrentUser user, long caseId, String action) {
        guard.visible(user, caseId, action);
        return jdbc.sql("""
                select id, region_slug, status, youth_name, youth_birth_date, municipality, kernvraag, description,
                       referrer_user_id, out_of_school_since from case_file where id = ?""")
                .param(caseId)
                .query((rs, n) -> new CaseSummary(rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getLong(9), rs.getObject(10, LocalDate.class)))
                .single();
    }

    @Override
    public boolean isInbrenger(CurrentUser user, CaseSummary summary) {
        return summary.referrerUserId() == user.id() || jdbc.sql(
                "select exists (select 1 from case_participant where case_id = ? and user_id = ? and role = 'INBRENGER')")
                .params(summary.id(), user.id()).query(Boolean.class).single();
    }

    @Override
    public void grantAccess(long caseId, Collection<Long> userIds) {
        userIds.forEach(userId -> cases.addParticipant(caseId, userId, "DEELNEMER"));
    }

    @Override
    public void revokeAccess(long caseId, long userId) {
        jdbc.sql("delete from case_participant where case_id = ? and user_id = ? and role = 'DEELNEMER'")
                .params(caseId, userId).update();
    }

    @Override
    public void assignRegiehouder(long caseId, Long userId) {
        jdbc.sql("delete from case_participant where case_id = ? and role = 'REGIEHOUDER'").param(caseId).update();
        if (userId != null) {
            cases.addParticipant(caseId, userId, "REGIEHOUDER");
        }
    }

    @Override
    public void recordDossierSent(CurrentUser actor, long caseId, int recipients) {
        step(actor, caseId, "DOSSIER_VERSTUURD", (lifecycle, now) ->
                lifecycle.sendDossier(actor.id(), now, String.valueOf(recipients)));
    }

    @Override
    public void recordVerslagFinalised(CurrentUser chair, long caseId, LocalDate meetingDate) {
        step(chair, caseId, "VERSLAG_VASTGESTELD", (lifecycle, now) ->
                lifecycle.finaliseVerslag(chair.id(), now, meetingDate.toString()));
    }

    @Override
    public List<Long> participantUserIds(long caseId) {
        return jdbc.sql("""
                select referrer_user_id from case_file where id = :id
                union select user_id from case_participant where case_id = :id""")
                .param("id", caseId).query(Long.class).list();
    }

    @Override
    public void recordEscalation(CurrentUser actor, long caseId, boolean resolved, String text) {
        CaseEventType type = resolved ? CaseEventType.ESCALATIE_OPGELOST : CaseEventType.OPGESCHAALD;
        cases.append(caseId, List.of(new CaseEvent(type, actor.id(), time.now(), text)));
        // the action spelled out, so the audit-label check finds it in the source
        audit.record(AuditEvent.of(resolved ? "ESCALATIE_OPGELOST" : "OPGESCHAALD", "CASUS", caseId)
                .withSubject("casus:" + caseId).withActor(actor.username()));
    }

    @Override
    public void recordClosedWithCase(CurrentUser actor, long caseId, LooseEnd.Kind kind, String text) {
        CaseEventType type = switch (kind) {
            case ESCALATIE -> CaseEventType.ESCALATIE_OPGELOST;
            case VERGADERING -> CaseEventType.OVERLEG_AFGEZEGD;
            case AFSPRAAK -> CaseEventType.AFSPRAKEN_VERVALLEN;
        };
        cases.append(caseId, List.of(new CaseEvent(type, actor.id(), time.now(), text)));
    }

    private void step(CurrentUser actor, long caseId, String action, Step step) {
        CaseFacts facts = cases.facts(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        CaseLifecycle lifecycle = new CaseLifecycle(facts.status());
        Instant now = time.now();
        try {
            step.apply(lifecycle, now);
        } catch (CaseTransitionRefused refused) {
            throw new CasePlanningRefused(refused.messageKey());
        }
        if (lifecycle.status() != facts.status()) {
            cases.changeStatus(caseId, lifecycle.status(), now);
        }
        cases.append(caseId, lifecycle.recordedEvents());
        audit.record(AuditEvent.of(action, "CASUS", caseId).withSubject("casus:" + caseId).withActor(actor.username()));
    }

    private interface Step {
        void apply(CaseLifecycle lifecycle, Instant now);
    }
}
