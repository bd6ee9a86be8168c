package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a follow-up meeting needs from the verslagen, read straight from the verslag tables: the verslag module
 * depends on planning, so planning cannot call it. Only finalised verslagen count (latest_version > 0); an item is a
 * follow-up when an item made earlier for the same case has one.
 */
@Repository
class FollowUpReadModel {

    private static final String LATEST_FINAL = """
            select v.id from verslag v where v.case_id = ? and v.latest_version > 0
            order by v.agenda_item_id desc limit 1""";

    private final JdbcClient jdbc;

    FollowUpReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next meeting's date the latest finalised verslag of the case set, if any. */
    Optional<LocalDate> nextMeetingOn(long caseId) {
        return jdbc.sql("select next_meeting_on from verslag where id = (" + LATEST_FINAL + ")").param(caseId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).optional()
                .flatMap(date -> date);
    }

    /** The participants the latest finalised verslag invited to the next meeting, as they sat at that table. */
    List<Participant> nextParticipants(long caseId) {
        return jdbc.sql("""
                select p.id, p.agenda_item_id, p.user_id, p.name, p.organisation, p.email, p.role
                from verslag_next_participant np join agenda_participant p on p.id = np.participant_id
                where np.verslag_id = (""" + LATEST_FINAL + ") order by p.id")
                .param(caseId)
                .query((rs, n) -> new Participant(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), ParticipantRole.valueOf(rs.getString(7))))
                .list();
    }

    /** Per follow-up item (by item id): how many agreements of earlier verslagen of its case are not done. */
    Map<Long, Integer> openAgreements(List<AgendaItem> items) {
        Map<Long, Integer> counts = new HashMap<>();
        for (AgendaItem item : items) {
            jdbc.sql("""
                    select (select count(*) from verslag_agreement a join verslag v on v.id = a.verslag_id
                            where a.case_id = :case and v.agenda_item_id < :item and a.status in ('OPEN', 'PROBLEEM'))
                    from verslag v where v.case_id = :case and v.agenda_item_id < :item and v.latest_version > 0
                    limit 1""")
                    .param("case", item.caseId()).param("item", item.id()).query(Integer.class).optional()
                    .ifPresent(count -> counts.put(item.id(), count));
        }
        return counts;
    }
}
