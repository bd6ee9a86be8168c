package nl.doorbraak.leertafel.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.leertafel.LeertafelHidden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leertafels a user reaches and each one's home page; also the path the navigation links to (the first
 * leertafel the user reaches, or for policy staff the first of their region), which is never audited: it reads no
 * leertafel material.
 */
@Service
@Transactional(noRollbackFor = LeertafelHidden.class)
public class LeertafelHome {

    public static final String VIEWED = "LEERTAFEL_BEKEKEN";

    private final LeertafelAccess access;
    private final LeertafelTables tables;
    private final LeertafelSessionRepository sessions;
    private final AgendaRepository agenda;
    private final MemberRepository members;
    private final AuditLog audit;
    private final SessionTime time;

    LeertafelHome(LeertafelAccess access, LeertafelTables tables, LeertafelSessionRepository sessions, AgendaRepository agenda,
            MemberRepository members, AuditLog audit, SessionTime time) {
        this.access = access;
        this.tables = tables;
        this.sessions = sessions;
        this.agenda = agenda;
        this.members = members;
        this.audit = audit;
        this.time = time;
    }

    public List<LeertafelTable> reachable(CurrentUser user) {
        return access.reachable(user);
    }

    public HomePage page(CurrentUser user, String region, String tableCode) {
        LeertafelTable table = access.table(user, region, tableCode, VIEWED);
        boolean manages = access.manages(user, table);
        Optional<LeertafelSession> next = sessions.next(table, time.wallClock());
        boolean visible = next.map(s -> manages || SessionPages.chairs(user, s) || s.agendaOpenToMembers(time.today()))
                .orElse(false);
        List<AgendaPoint> points = visible ? agenda.points(next.get().id()) : List.of();
        audit.record(AuditEvent.of(VIEWED, "LEERTAFEL", table.regionSlug() + "/" + table.code())
                .withActor(user.username()));
        return new HomePage(table, next.orElse(null), visible, points,
                AgendaFit.of(points, table.table().maxDurationMinutes()), manages, members.current(table).size());
    }

    /** For the navigation: null unless the user has a leertafel role and reaches (or, as BELEID, has) a leertafel. */
    public String navigationPath(CurrentUser user) {
        if (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.VOORZITTER) || user.hasRole(Role.LEERTAFEL)) {
            Optional<LeertafelTable> reached = access.reachable(user).stream().findFirst();
            if (reached.isPresent()) {
                return reached.get().path();
            }
        }
        if (user.hasRole(Role.BELEID)) {
            return tables.all().stream().filter(t -> user.worksInRegion(t.regionSlug())).findFirst()
                    .map(LeertafelTable::path).orElse(null);
        }
        return null;
    }

    /** The next planned session of the first leertafel the user reaches, for the start page. */
    public Optional<LeertafelSession> nextSession(CurrentUser user) {
        return access.reachable(user).stream().findFirst().flatMap(t -> sessions.next(t, time.wallClock()));
    }
}
