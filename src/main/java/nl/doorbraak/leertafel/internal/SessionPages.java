package nl.doorbraak.leertafel.internal;

import java.util.List;
import java.util.Map;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.leertafel.LeertafelHidden;
import nl.doorbraak.proposals.Proposals;
import nl.doorbraak.themes.ThemeCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one session for its page: members, the chair and the region's coordinators reach it; a member sees the
 * agenda only from a week before (the coordinator and the chair compose it before then). Every read is audited.
 */
@Service
@Transactional(noRollbackFor = LeertafelHidden.class)
public class SessionPages {

    public static final String VIEWED = "LEERTAFEL_BIJEENKOMST_BEKEKEN";

    private final LeertafelAccess access;
    private final LeertafelSessionRepository sessions;
    private final AgendaRepository agenda;
    private final MemberRepository members;
    private final AttendanceRepository attendance;
    private final Sessions planning;
    private final Proposals proposals;
    private final ThemeCatalog themes;
    private final AuditLog audit;
    private final SessionTime time;

    SessionPages(LeertafelAccess access, LeertafelSessionRepository sessions, AgendaRepository agenda, MemberRepository members,
            AttendanceRepository attendance, Sessions planning, Proposals proposals, ThemeCatalog themes, AuditLog audit,
            SessionTime time) {
        this.proposals = proposals;
        this.themes = themes;
        this.access = access;
        this.sessions = sessions;
        this.agenda = agenda;
        this.members = members;
        this.attendance = attendance;
        this.planning = planning;
        this.audit = audit;
        this.time = time;
    }

    public SessionPage page(CurrentUser user, String region, String tableCode, long sessionId) {
        LeertafelTable table = access.table(user, region, tableCode, VIEWED);
        LeertafelSession session = find(user, table, sessionId, VIEWED);
        boolean manages = access.manages(user, table);
        boolean composes = manages || chairs(user, session);
        boolean visible = composes || session.agendaOpenToMembers(time.today());
        boolean begun = session.begun(time.wallClock());
        List<AgendaPoint> points = visible ? agenda.points(sessionId) : List.of();
        boolean records = composes && begun && !session.cancelled();
        audit.record(AuditEvent.of(VIEWED, "LEERTAFEL_BIJEENKOMST", sessionId).withActor(user.username())
                .withDetails(visible ? points.size() + " agendapunten" : "agenda nog niet te zien"));
        return new SessionPage(table, session, manages, composes, records, visible, points,
                AgendaFit.of(points, table.table().maxDurationMinutes()),
                composes && session.planned() && !begun ? agenda.pickableCases(table) : List.of(),
                records ? members.all(table).stream().filter(m -> m.on(session.day())).toList() : List.of(),
                records ? attendance.of(sessionId) : Map.of(),
                manages && session.planned() ? planning.chairs(table) : List.of(), begun,
                session.agendaOpenToMembers(time.today()),
                visible && session.planned() ? proposals.openOf(table.regionSlug(), table.code()) : List.of(),
                composes && session.planned() && !begun ? themes.activeOf(table.regionSlug()) : List.of());
    }

    /** The session of this table, or hidden (404, audited as DENIED): an id of another table does not exist here. */
    LeertafelSession find(CurrentUser user, LeertafelTable table, long sessionId, String action) {
        return sessions.find(table, sessionId)
                .orElseThrow(() -> access.hidden(user, "LEERTAFEL_BIJEENKOMST", sessionId, action));
    }

    static boolean chairs(CurrentUser user, LeertafelSession session) {
        return session.chairUserId() != null && session.chairUserId() == user.id()
                && user.hasRole(nl.doorbraak.common.Role.VOORZITTER);
    }
}
