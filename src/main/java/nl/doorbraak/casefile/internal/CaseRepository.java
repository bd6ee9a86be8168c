package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.casefile.CaseAgendas;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.organisation.Sector;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes case files and their guardians, consent, participants and timeline; reads the facts access needs. */
@Repository
class CaseRepository {

    private static final String FIELDS = """
            municipality = :municipality, school_organisation_id = :school, school_type = :schoolType,
            no_school = :noSchool, enrolled = :enrolled, startkwalificatie = :startkwalificatie, trigger = :trigger,
            out_of_school_since = :since, description = :description, kernvraag = :kernvraag,
            referrer_name = :referrerName, referrer_organisation = :referrerOrganisation,
            referrer_contact = :referrerContact, sector = :sector, legal_basis = :legalBasis""";

    private final JdbcClient jdbc;
    private final RegionIntakePoints intakePoints;
    private final ObjectProvider<CaseAgendas> agendas;

    CaseRepository(JdbcClient jdbc, RegionIntakePoints intakePoints, ObjectProvider<CaseAgendas> agendas) {
        this.jdbc = jdbc;
        this.intakePoints = intakePoints;
        this.agendas = agendas;
    }

    long insert(String regionSlug, long referrerUserId, ReferralInput input, Instant now) {
        long id = jdbc.sql("""
                insert into case_file (region_slug, status, youth_name, youth_birth_date, referrer_user_id,
                                       referrer_name, created_at)
                values (:region, 'CONCEPT', :name, :birth, :referrer, :referrerName, :now) returning id""")
                .param("region", regionSlug).param("name", input.youthName()).param("birth", input.youthBirthDate())
                .param("referrer", referrerUserId).param("referrerName", orEmpty(input.referrerName()))
                .param("now", Timestamps.of(now)).query(Long.class).single();
        jdbc.sql("insert into case_participant (case_id, user_id, role) values (?, ?, 'INBRENGER')")
                .params(id, referrerUserId).update();
        return id;
    }

    /** Stores the form's content over a draft; fails when someone else changed it meanwhile. */
    void updateContent(long id, int version, ReferralInput input) {
        updateContent(id, version, input, CaseStatus.CONCEPT);
    }

    /** Stores the form's content over a case in the given status (a draft, or a case sent back for amendment). */
    void updateContent(long id, int version, ReferralInput input, CaseStatus expected) {
        int updated = jdbc.sql("update case_file set youth_name = :name, youth_birth_date = :birth, " + FIELDS
                        + ", version = version + 1 where id = :id and version = :version and status = :expected")
                .param("expected", expected.name())
                .param("name", input.youthName()).param("birth", input.youthBirthDate())
                .param("municipality", input.municipality()).param("school", input.schoolOrganisationId())
                .param("schoolType", name(input.schoolType())).param("noSchool", input.noSchool())
                .param("enrolled", input.enrolled()).param("startkwalificatie", input.startkwalificatie())
                .param("trigger", name(input.trigger())).param("since", input.outOfSchoolSince())
                .param("description", input.description()).param("kernvraag", input.kernvraag())
                .param("referrerName", orEmpty(input.referrerName())).param("referrerOrganisation", input.referrerOrganisation())
                .param("referrerContact", input.referrerContact()).param("sector", name(input.sector()))
                .param("legalBasis", name(input.legalBasis())).param("id", id).param("version", version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("case_file " + id + " changed meanwhile");
        }
        replaceGuardians(id, input);
        replaceConsent(id, input.consent());
    }

    void markSubmitted(long id, Instant at, LocalDate tableDeadline) {
        jdbc.sql("update case_file set status = 'AANGEMELD', submitted_at = ?, table_deadline = ?, version = version + 1 where id = ?")
                .params(Timestamps.of(at), tableDeadline, id).update();
    }

    /** A returned case is submitted again: a new vooroverleg round, a new table deadline, no decision yet. */
    void markResubmitted(long id, LocalDate tableDeadline) {
        jdbc.sql("""
                update case_file set status = 'AANGEMELD', triage_round = triage_round + 1, table_deadline = ?,
                       decided_at = null, version = version + 1 where id = ? and status = 'TERUGGESTUURD'""")
                .params(tableDeadline, id).update();
    }

    void changeStatus(long id, CaseStatus status, Instant at) {
        String setTime = switch (status) {
            case GESTOPT -> ", stopped_at = :at";
            case TOEGELATEN, TERUGGESTUURD, AFGEWEZEN -> ", decided_at = :at";
            default -> ""; // the later steps keep the triage decision time
        };
        jdbc.sql("update case_file set status = :status" + setTime + ", version = version + 1 where id = :id")
                .param("status", status.name()).param("at", Timestamps.of(at)).param("id", id).update();
    }

    void addParticipant(long caseId, long userId, String role) {
        jdbc.sql("insert into case_participant (case_id, user_id, role) values (?, ?, ?) on conflict do nothing")
                .params(caseId, userId, role).update();
    }

    void withdrawConsent(long id, LocalDate on, String reason) {
        jdbc.sql("update case_consent set withdrawn_on = ?, withdrawn_reason = ? where case_id = ?")
                .params(on, reason, id).update();
    }

    void append(long id, List<CaseEvent> events) {
        for (CaseEvent event : events) {
            jdbc.sql("insert into case_event (case_id, occurred_at, actor_user_id, type, reason) values (?, ?, ?, ?, ?)")
                    .params(id, Timestamps.of(event.occurredAt()), event.actorUserId(), event.type().name(), event.reason())
                    .update();
        }
    }

    void assignCoordinator(long id, long coordinatorId) {
        jdbc.sql("update case_file set assigned_coordinator_id = ?, version = version + 1 where id = ?")
                .params(coordinatorId, id).update();
    }

    Optional<CaseFacts> facts(long id) {
        return jdbc.sql("select region_slug, status, referrer_user_id, sector, assigned_coordinator_id from case_file where id = ?")
                .param(id)
                .query((rs, n) -> new CaseFacts(id, rs.getString(1), CaseStatus.valueOf(rs.getString(2)), rs.getLong(3),
                        new HashSet<>(participants(id)), rs.getString(4) == null ? null : Sector.valueOf(rs.getString(4)),
                        rs.getObject(5, Long.class), Set.of(), null))
                .optional()
                .map(facts -> facts.withChairs(chairsOf(id)).withIntakePoints(intakePoints.of(facts.regionSlug())));
    }

    private Set<Long> chairsOf(long id) {
        CaseAgendas planning = agendas.getIfAvailable();
        return planning == null ? Set.of() : planning.chairsOf(id);
    }

    private List<Long> participants(long id) {
        return jdbc.sql("select user_id from case_participant where case_id = ?").param(id).query(Long.class).list();
    }

    private void replaceGuardians(long id, ReferralInput input) {
        jdbc.sql("delete from case_guardian where case_id = ?").param(id).update();
        insertGuardian(id, 1, input.guardian1());
        insertGuardian(id, 2, input.guardian2());
    }

    private void insertGuardian(long id, int position, ReferralInput.Guardian guardian) {
        if (guardian != null && guardian.name() != null) {
            jdbc.sql("insert into case_guardian (case_id, position, name, contact) values (?, ?, ?, ?)")
                    .params(id, position, guardian.name(), guardian.contact()).update();
        }
    }

    private void replaceConsent(long id, Consent consent) {
        jdbc.sql("delete from case_consent where case_id = ?").param(id).update();
        jdbc.sql("""
                insert into case_consent (case_id, by_guardian, by_youth, given_on, method, for_referral, for_sharing)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, consent.byGuardian(), consent.byYouth(), consent.givenOn(), name(consent.method()),
                        consent.forReferral(), consent.forSharing()).update();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
