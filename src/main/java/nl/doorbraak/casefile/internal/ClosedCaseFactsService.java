package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.ClosedCase;
import nl.doorbraak.casefile.ClosedCaseFacts;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.TableType;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed case for the leertafel: ages and durations instead of dates, and the case's names only to check a text
 * against. Only a coordinator who reaches the closed case gets it; anyone else, or a case that is not closed, is
 * refused as not found.
 */
@Service
@Transactional(noRollbackFor = CaseHidden.class)
class ClosedCaseFactsService implements ClosedCaseFacts {

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CaseTime time;
    private final Werkwijzen werkwijzen;

    ClosedCaseFactsService(CaseGuard guard, CaseRepository cases, JdbcClient jdbc, AuditLog audit, CaseTime time,
            Werkwijzen werkwijzen) {
        this.guard = guard;
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
        this.werkwijzen = werkwijzen;
    }

    @Override
    public ClosedCase closed(CurrentUser coordinator, long caseId, String auditAction) {
        offerable(coordinator, caseId, auditAction);
        ClosedCase facts = jdbc.sql("""
                select c.region_slug, c.youth_birth_date, c.closed_at, c.school_type, c.sector, c.out_of_school_since,
                       c.submitted_at, coalesce(o.offer_type, o.kind) as outcome
                from case_file c left join case_outcome o on o.case_id = c.id and o.reopened_at is null
                where c.id = ?""").param(caseId)
                .query((rs, n) -> {
                    LocalDate closedOn = dutchDate(rs.getObject("closed_at", OffsetDateTime.class));
                    LocalDate since = rs.getObject("out_of_school_since", LocalDate.class);
                    LocalDate submitted = dutchDate(rs.getObject("submitted_at", OffsetDateTime.class));
                    return new ClosedCase(caseId, rs.getString("region_slug"),
                            Period.between(rs.getObject("youth_birth_date", LocalDate.class), closedOn).getYears(),
                            rs.getString("school_type"), rs.getString("sector"), days(since, closedOn),
                            days(submitted, closedOn), rs.getString("outcome"), List.of());
                }).single();
        audit.record(AuditEvent.of(auditAction, "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(coordinator.username()).withDetails("leertafel: in banden"));
        return new ClosedCase(facts.caseId(), facts.regionSlug(), facts.ageInYearsAtClosure(), facts.schoolType(),
                facts.sector(), facts.daysOutOfSchoolUntilClosure(), facts.daysFromSubmissionToClosure(),
                facts.outcomeType(), identifiers(caseId));
    }

    @Override
    public void recordOfferedToLeertafel(CurrentUser coordinator, long caseId) {
        String action = "CASUS_AANGEBODEN_AAN_LEERTAFEL";
        offerable(coordinator, caseId, action);
        cases.append(caseId, List.of(new CaseEvent(CaseEventType.AANGEBODEN_AAN_LEERTAFEL, coordinator.id(),
                time.now(), null)));
        audit.record(AuditEvent.of(action, "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(coordinator.username()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> notYetOffered(CurrentUser coordinator, String regionSlug) {
        return jdbc.sql("""
                select c.id from case_file c where c.region_slug = ? and c.status = 'AFGESLOTEN'
                  and not exists (select 1 from case_event e where e.case_id = c.id and e.type = 'AANGEBODEN_AAN_LEERTAFEL')
                order by c.closed_at desc, c.id desc limit 100""").param(regionSlug).query(Long.class).list().stream()
                .filter(id -> cases.facts(id).filter(f -> CaseAccess.mayReopen(coordinator, f)).isPresent()).toList();
    }

    /** Whether the region has a leertafel a closed case could be offered to. */
    boolean hasLeertafel(String regionSlug) {
        return werkwijzen.find(regionSlug).stream().flatMap(w -> w.tables().stream())
                .anyMatch(t -> t.type() == TableType.LEERTAFEL);
    }

    private void offerable(CurrentUser user, long caseId, String action) {
        CaseFacts facts = guard.visible(user, caseId, action);
        if (!CaseAccess.mayReopen(user, facts) || facts.status() != CaseStatus.AFGESLOTEN
                || !hasLeertafel(facts.regionSlug())) {
            guard.refuse(user, caseId, action, "case.refused.notOfferable");
            throw new CaseNotFound(caseId);
        }
    }

    /** Every name and place of this case, and each part of a person's name, for the identifier check only. */
    private List<String> identifiers(long caseId) {
        Set<String> found = new LinkedHashSet<>();
        List<String> people = jdbc.sql("""
                select youth_name from case_file where id = :id
                union all select referrer_name from case_file where id = :id
                union all select name from case_guardian where case_id = :id
                union all select u.display_name from case_participant p join app_user u on u.id = p.user_id
                          where p.case_id = :id""").param("id", caseId).query(String.class).list();
        people.forEach(name -> {
            found.add(name.strip());
            found.addAll(NameParts.of(name));
        });
        found.addAll(jdbc.sql("""
                select o.name from case_file c join organisation o on o.id = c.school_organisation_id where c.id = :id
                union all select referrer_organisation from case_file where id = :id
                union all select municipality from case_file where id = :id
                union all select place from case_outcome where case_id = :id""").param("id", caseId)
                .query(String.class).list().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
        return List.copyOf(found);
    }

    private static LocalDate dutchDate(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(CaseTime.ZONE).toLocalDate();
    }

    private static Integer days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
