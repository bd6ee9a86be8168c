package nl.doorbraak.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores meetings, their agenda items and participants. */
@Repository
class MeetingRepository {

    private static final String MEETING = """
            select id, region_slug, table_code, starts_at, ends_at, location, chair_user_id, status, sequence
            from meeting""";

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql(MEETING + " where id = ?").param(id).query(MeetingRepository::meeting).optional();
    }

    Optional<Meeting> plannedOn(String regionSlug, String tableCode, LocalDate day) {
        return jdbc.sql(MEETING + " where region_slug = ? and table_code = ? and starts_at::date = ? and status = 'PLANNED'")
                .params(regionSlug, tableCode, day).query(MeetingRepository::meeting).optional();
    }

    /** The region's planned meetings from {@code from} on, soonest first. */
    List<Meeting> upcoming(String regionSlug, LocalDate from) {
        return jdbc.sql(MEETING + " where region_slug = ? and starts_at >= ? and status = 'PLANNED' order by starts_at, id")
                .params(regionSlug, from.atStartOfDay()).query(MeetingRepository::meeting).list();
    }

    long insert(String regionSlug, String tableCode, LocalDateTime start, LocalDateTime end, String location) {
        return jdbc.sql("""
                insert into meeting (region_slug, table_code, starts_at, ends_at, location)
                values (?, ?, ?, ?, ?) returning id""")
                .params(regionSlug, tableCode, start, end, location).query(Long.class).single();
    }

    long addItem(long meetingId, long caseId, LocalTime start, LocalTime end, long createdBy, Instant at) {
        return jdbc.sql("""
                insert into agenda_item (meeting_id, case_id, slot_start, slot_end, created_by, created_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(meetingId, caseId, start, end, createdBy, Timestamp.from(at)).query(Long.class).single();
    }

    List<AgendaItem> items(long meetingId) {
        return jdbc.sql("select id, case_id, slot_start, slot_end from agenda_item where meeting_id = ? order by slot_start, id")
                .param(meetingId)
                .query((rs, n) -> new AgendaItem(rs.getLong(1), meetingId, rs.getLong(2),
                        rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class), participants(rs.getLong(1))))
                .list();
    }

    Optional<AgendaItem> item(long itemId) {
        return jdbc.sql("select meeting_id from agenda_item where id = ?").param(itemId).query(Long.class).optional()
                .flatMap(meetingId -> items(meetingId).stream().filter(i -> i.id() == itemId).findFirst());
    }

    List<Long> itemIdsOfCase(long caseId) {
        return jdbc.sql("select id from agenda_item where case_id = ? order by id").param(caseId).query(Long.class).list();
    }

    /** The items of meetings the user chairs from {@code from} on, in meeting and slot order. */
    List<Long> itemIdsChairedBy(long userId, LocalDate from) {
        return jdbc.sql("""
                select i.id from agenda_item i join meeting m on m.id = i.meeting_id
                where m.chair_user_id = ? and m.starts_at >= ? order by m.starts_at, i.slot_start, i.id""")
                .params(userId, from.atStartOfDay()).query(Long.class).list();
    }

    /** The case's agenda items on planned meetings that have not begun at {@code now} (Dutch wall-clock time). */
    List<AgendaItem> itemsAhead(long caseId, LocalDateTime now) {
        return jdbc.sql("""
                select i.meeting_id from agenda_item i join meeting m on m.id = i.meeting_id
                where i.case_id = ? and m.status = 'PLANNED' and m.starts_at::date + i.slot_start > ?
                order by m.starts_at, i.slot_start, i.id""")
                .params(caseId, now).query(Long.class).list().stream()
                .flatMap(meetingId -> items(meetingId).stream().filter(i -> i.caseId() == caseId)).toList();
    }

    /** Takes a case off a meeting's agenda; its participants go with it. */
    void removeItem(long itemId) {
        jdbc.sql("delete from agenda_item where id = ?").param(itemId).update();
    }

    /** Planned meetings the user chairs from {@code from} on (index {@code meeting_chair_start_idx}). */
    int countChairedFrom(long userId, LocalDate from) {
        return jdbc.sql("""
                select count(*) from meeting where chair_user_id = ? and starts_at >= ? and status = 'PLANNED'""")
                .params(userId, from.atStartOfDay()).query(Integer.class).single();
    }

    /** The items of planned meetings the user chairs that start from {@code from} up to {@code until}. */
    List<Long> plannedItemIdsChairedBetween(long userId, LocalDate from, LocalDateTime until) {
        return jdbc.sql("""
                select i.id from agenda_item i join meeting m on m.id = i.meeting_id
                where m.chair_user_id = ? and m.starts_at >= ? and m.starts_at <= ? and m.status = 'PLANNED'
                order by i.id""")
                .params(userId, from.atStartOfDay(), until).query(Long.class).list();
    }

    int itemCount(long meetingId) {
        return jdbc.sql("select count(*) from agenda_item where meeting_id = ?").param(meetingId).query(Integer.class).single();
    }

    void addParticipant(long itemId, Long userId, String name, String organisation, String email, ParticipantRole role) {
        jdbc.sql("""
                insert into agenda_participant (agenda_item_id, user_id, name, organisation, email, role)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(itemId, userId, name, organisation, email, role.name()).update();
    }

    Optional<Participant> participant(long participantId) {
        return jdbc.sql("select id, agenda_item_id, user_id, name, organisation, email, role from agenda_participant where id = ?")
                .param(participantId)
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), ParticipantRole.valueOf(rs.getString(7))))
                .optional();
    }

    void removeParticipant(long participantId) {
        jdbc.sql("delete from agenda_participant where id = ?").param(participantId).update();
    }

    /** Whether the user still takes part in the case on a planned (not cancelled) meeting. */
    boolean takesPartInPlannedItem(long caseId, long userId) {
        return jdbc.sql("""
                select exists (select 1 from agenda_participant p join agenda_item i on i.id = p.agenda_item_id
                               join meeting m on m.id = i.meeting_id
                               where i.case_id = ? and p.user_id = ? and m.status = 'PLANNED')""")
                .params(caseId, userId).query(Boolean.class).single();
    }

    /** The cases on the region's planned (not cancelled) meetings, past and future. */
    List<Long> casesOnPlannedMeetings(String regionSlug) {
        return jdbc.sql("""
                select distinct i.case_id from agenda_item i join meeting m on m.id = i.meeting_id
                where m.region_slug = ? and m.status = 'PLANNED' order by i.case_id""")
                .param(regionSlug).query(Long.class).list();
    }

    boolean anyMeeting() {
        return jdbc.sql("select exists (select 1 from meeting)").query(Boolean.class).single();
    }

    /** Whether the user takes part in any item of the meeting. */
    boolean isParticipant(long meetingId, long userId) {
        return jdbc.sql("""
                select exists (select 1 from agenda_participant p join agenda_item i on i.id = p.agenda_item_id
                               where i.meeting_id = ? and p.user_id = ?)""")
                .params(meetingId, userId).query(Boolean.class).single();
    }

    void setChairAndLocation(long meetingId, Long chairUserId, String location) {
        jdbc.sql("update meeting set chair_user_id = ?, location = ?, version = version + 1 where id = ?")
                .params(chairUserId, location, meetingId).update();
    }

    void reschedule(long meetingId, LocalDateTime start, LocalDateTime end) {
        jdbc.sql("update meeting set starts_at = ?, ends_at = ?, sequence = sequence + 1, version = version + 1 where id = ?")
                .params(start, end, meetingId).update();
    }

    void cancel(long meetingId) {
        jdbc.sql("update meeting set status = 'CANCELLED', sequence = sequence + 1, version = version + 1 where id = ?")
                .param(meetingId).update();
    }

    /** Moves every agenda item of the meeting by {@code minutes}; the caller checks they stay on the day. */
    void shiftItems(long meetingId, int minutes) {
        jdbc.sql("""
                update agenda_item set slot_start = slot_start + make_interval(mins => :m),
                    slot_end = slot_end + make_interval(mins => :m) where meeting_id = :meeting""")
                .param("m", minutes).param("meeting", meetingId).update();
    }

    void moveItem(long itemId, LocalTime start, LocalTime end) {
        jdbc.sql("update agenda_item set slot_start = ?, slot_end = ? where id = ?").params(start, end, itemId).update();
    }

    /** A new revision of the meeting for calendars, without sending anything yet. */
    void raiseSequence(long meetingId) {
        jdbc.sql("update meeting set sequence = sequence + 1, version = version + 1 where id = ?").param(meetingId)
                .update();
    }

    /** Whether invitations for the meeting went out. */
    boolean invited(long meetingId) {
        return jdbc.sql("select invited_at is not null from meeting where id = ?").param(meetingId)
                .query(Boolean.class).single();
    }

    void markInvited(long meetingId, Instant at) {
        jdbc.sql("update meeting set invited_at = ? where id = ?").params(Timestamp.from(at), meetingId).update();
    }

    /** A user's organisation is the one of their account (as it is now); an external's is what was typed. */
    private List<Participant> participants(long itemId) {
        return jdbc.sql("""
                select p.id, p.user_id, p.name, coalesce(p.organisation, o.name), p.email, p.role
                from agenda_participant p left join app_user u on u.id = p.user_id
                     left join organisation o on o.id = u.organisation_id
                where p.agenda_item_id = ? order by p.id""")
                .param(itemId)
                .query((rs, n) -> new Participant(rs.getLong(1), itemId, rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), ParticipantRole.valueOf(rs.getString(6))))
                .list();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDateTime.class),
                rs.getObject(5, LocalDateTime.class), rs.getString(6), rs.getObject(7, Long.class),
                MeetingStatus.valueOf(rs.getString(8)), rs.getInt(9));
    }
}
