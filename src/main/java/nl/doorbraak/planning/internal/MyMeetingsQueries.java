package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agenda items of planned meetings a user chairs or takes part in, soonest first. Served by the indexes on
 * {@code meeting (chair_user_id, starts_at)} and {@code agenda_participant (user_id)}.
 */
@Repository
class MyMeetingsQueries {

    private final JdbcClient jdbc;

    MyMeetingsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> itemIdsOf(long userId, LocalDate from, int limit) {
        return jdbc.sql("""
                select i.id from agenda_item i join meeting m on m.id = i.meeting_id
                where m.status = 'PLANNED' and m.starts_at >= :from
                  and (m.chair_user_id = :user
                       or exists (select 1 from agenda_participant p where p.agenda_item_id = i.id and p.user_id = :user))
                order by m.starts_at, i.slot_start, i.id limit :limit""")
                .param("from", from.atStartOfDay()).param("user", userId).param("limit", limit)
                .query(Long.class).list();
    }

    /** For the start page: how many of those items there are, without loading them. */
    int countOf(long userId, LocalDate from) {
        return jdbc.sql("""
                select count(*) from agenda_item i join meeting m on m.id = i.meeting_id
                where m.status = 'PLANNED' and m.starts_at >= :from
                  and (m.chair_user_id = :user
                       or exists (select 1 from agenda_participant p where p.agenda_item_id = i.id and p.user_id = :user))""")
                .param("from", from.atStartOfDay()).param("user", userId).query(Integer.class).single();
    }
}
