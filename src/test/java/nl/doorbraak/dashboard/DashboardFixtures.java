package nl.doorbraak.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Cases, timeline events, outcomes and agreements written straight into the tables, dated relative to today. */
final class DashboardFixtures {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final long referrer;

    DashboardFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.referrer = userId("verwijzer-utrecht");
    }

    static LocalDate today() {
        return LocalDate.now(AMSTERDAM);
    }

    static OffsetDateTime daysAgo(int days) {
        return today().minusDays(days).atTime(12, 0).atZone(AMSTERDAM).toOffsetDateTime();
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    /** A submitted Utrecht case with an AANGEMELD event on its submission day. */
    long insertCase(String status, int outOfSchoolDaysAgo, LocalDate tableDeadline, int submittedDaysAgo) {
        long id = jdbc.sql("""
                insert into case_file (region_slug, status, youth_name, youth_birth_date, municipality, trigger,
                    out_of_school_since, description, kernvraag, referrer_user_id, referrer_name, sector, legal_basis,
                    enrolled, startkwalificatie, table_deadline, created_at, submitted_at)
                values ('utrecht', ?, ?, date '2011-05-01', 'Utrecht', 'THUISZITTER', ?, 'Beschrijving', 'Kernvraag',
                    ?, 'Verwijzer', 'VO', 'WETTELIJKE_TAAK', true, false, ?, ?, ?) returning id""")
                .params(status, "Overzichtkind " + UUID.randomUUID().toString().substring(0, 8),
                        today().minusDays(outOfSchoolDaysAgo), referrer, tableDeadline, daysAgo(submittedDaysAgo),
                        daysAgo(submittedDaysAgo))
                .query(Long.class).single();
        event(id, "AANGEMELD", submittedDaysAgo, null);
        return id;
    }

    void event(long caseId, String type, int daysAgo, String reason) {
        jdbc.sql("insert into case_event (case_id, occurred_at, actor_user_id, type, reason) values (?, ?, ?, ?, ?)")
                .params(caseId, daysAgo(daysAgo), referrer, type, reason).update();
    }

    void tableHeld(long caseId, int daysAgo) {
        event(caseId, "VERSLAG_VASTGESTELD", daysAgo, today().minusDays(daysAgo).toString());
    }

    void closed(long caseId, String kind, int daysAgo) {
        boolean offer = kind.equals("PASSEND_AANBOD");
        jdbc.sql("""
                insert into case_outcome (case_id, kind, offer_type, place, starts_on, reason_code, closed_from,
                    recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, 'IN_UITVOERING', ?, ?)""")
                .params(caseId, kind, offer ? "EIGEN_SCHOOL" : null, offer ? "School" : null,
                        offer ? today().minusDays(daysAgo) : null, offer ? null : "VERHUISD", referrer, daysAgo(daysAgo))
                .update();
        jdbc.sql("update case_file set closed_at = ? where id = ?").params(daysAgo(daysAgo), caseId).update();
        event(caseId, offer ? "AFGESLOTEN" : "AFGESLOTEN_ZONDER_AANBOD", daysAgo, null);
    }

    /** An agreement from a verslag of a meeting about the case; its owner is an external participant. */
    void agreement(long caseId, String status, LocalDate dueOn) {
        long creator = userId("coordinator-utrecht");
        LocalDate day = today().plusDays(3000 + ThreadLocalRandom.current().nextInt(30000));
        long meeting = jdbc.sql("""
                insert into meeting (region_slug, table_code, starts_at, ends_at, location)
                values ('utrecht', 'actietafel', ?, ?, 'Wijkcentrum') returning id""")
                .params(day.atTime(9, 0), day.atTime(10, 0)).query(Long.class).single();
        long item = jdbc.sql("""
                insert into agenda_item (meeting_id, case_id, slot_start, slot_end, created_by, created_at)
                values (?, ?, '09:00', '10:00', ?, now()) returning id""").params(meeting, caseId, creator)
                .query(Long.class).single();
        long owner = jdbc.sql("""
                insert into agenda_participant (agenda_item_id, name, organisation, email, role)
                values (?, 'Mentor', 'School', 'mentor@test.example', 'SCHOOL') returning id""").param(item)
                .query(Long.class).single();
        long verslag = jdbc.sql("insert into verslag (agenda_item_id, case_id, status, latest_version) values (?, ?, 'VASTGESTELD', 1) returning id")
                .params(item, caseId).query(Long.class).single();
        jdbc.sql("""
                insert into verslag_agreement (verslag_id, case_id, what, owner_id, due_on, result, status, created_at)
                values (?, ?, 'Rooster maken', ?, ?, 'Rooster ligt er', ?, now())""")
                .params(verslag, caseId, owner, dueOn, status).update();
    }
}
