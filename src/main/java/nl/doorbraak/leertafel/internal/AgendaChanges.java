package nl.doorbraak.leertafel.internal;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.leertafel.LeertafelHidden;
import nl.doorbraak.proposals.Proposals;
import nl.doorbraak.themes.ThemeCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composing a session's agenda: the region's coordinators and the session's chair add a submitted case of the
 * table or another point, each with its minutes, reorder and remove them while the session lies ahead. A total over
 * the table's maximum is told on the page, not refused.
 */
@Service
@Transactional(noRollbackFor = LeertafelHidden.class)
public class AgendaChanges {

    public static final String CHANGED = "LEERTAFEL_AGENDA_GEWIJZIGD";
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 180;

    private final LeertafelAccess access;
    private final SessionPages pages;
    private final AgendaRepository agenda;
    private final ThemeCatalog themes;
    private final Proposals proposals;
    private final AuditLog audit;
    private final SessionTime time;

    AgendaChanges(LeertafelAccess access, SessionPages pages, AgendaRepository agenda, ThemeCatalog themes,
            Proposals proposals, AuditLog audit, SessionTime time) {
        this.themes = themes;
        this.proposals = proposals;
        this.access = access;
        this.pages = pages;
        this.agenda = agenda;
        this.audit = audit;
        this.time = time;
    }

    /** Before any input is looked at: the session must be one the user composes, else it is hidden. */
    public LeertafelSession composed(CurrentUser user, String region, String tableCode, long sessionId) {
        LeertafelTable table = access.table(user, region, tableCode, CHANGED);
        LeertafelSession session = pages.find(user, table, sessionId, CHANGED);
        if (!access.manages(user, table) && !SessionPages.chairs(user, session)) {
            throw access.hidden(user, "LEERTAFEL_BIJEENKOMST", sessionId, CHANGED);
        }
        if (!session.planned() || session.begun(time.wallClock())) {
            throw new LeertafelRefused(null, "leertafel.agenda.refused.closed");
        }
        return session;
    }

    public long addCase(CurrentUser user, String region, String tableCode, long sessionId, Long caseId, int minutes) {
        LeertafelSession session = composed(user, region, tableCode, sessionId);
        LeertafelTable table = access.table(user, region, tableCode, CHANGED);
        checkMinutes(minutes);
        if (caseId == null || agenda.pickableCases(table).stream().noneMatch(c -> c.id() == caseId)) {
            throw new LeertafelRefused("caseId", "leertafel.agenda.refused.case");
        }
        return added(user, session, agenda.add(sessionId, AgendaKind.CASUS, caseId, null, minutes), "casus " + caseId);
    }

    /** A theme of the region's list to talk about (an active one of this region). */
    public long addTheme(CurrentUser user, String region, String tableCode, long sessionId, Long themeId, int minutes) {
        LeertafelSession session = composed(user, region, tableCode, sessionId);
        checkMinutes(minutes);
        if (themeId == null || themes.activeOf(session.regionSlug()).stream().noneMatch(t -> t.id() == themeId)) {
            throw new LeertafelRefused("themeId", "leertafel.agenda.refused.theme");
        }
        return added(user, session, agenda.add(sessionId, AgendaKind.THEMA, null, themeId, null, null, minutes),
                "thema " + themeId);
    }

    /** An open proposal of the table to discuss at length (it stands in the follow-up part anyway). */
    public long addProposal(CurrentUser user, String region, String tableCode, long sessionId, Long proposalId,
            int minutes) {
        LeertafelSession session = composed(user, region, tableCode, sessionId);
        checkMinutes(minutes);
        if (proposalId == null || proposals.openOf(session.regionSlug(), session.tableCode()).stream()
                .noneMatch(p -> p.id() == proposalId)) {
            throw new LeertafelRefused("proposalId", "leertafel.agenda.refused.proposal");
        }
        return added(user, session, agenda.add(sessionId, AgendaKind.VOORSTEL, null, null, proposalId, null, minutes),
                "voorstel " + proposalId);
    }

    public long addOther(CurrentUser user, String region, String tableCode, long sessionId, String title, int minutes) {
        LeertafelSession session = composed(user, region, tableCode, sessionId);
        checkMinutes(minutes);
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new LeertafelRefused("title", "leertafel.agenda.refused.title");
        }
        return added(user, session, agenda.add(sessionId, AgendaKind.OVERIG, null, title.strip(), minutes), "overig");
    }

    public void minutes(CurrentUser user, String region, String tableCode, long sessionId, long pointId, int minutes) {
        composed(user, region, tableCode, sessionId);
        AgendaPoint point = point(user, sessionId, pointId);
        checkMinutes(minutes);
        agenda.setMinutes(point.id(), minutes);
        changed(user, sessionId, "punt " + pointId + " " + minutes + " minuten");
    }

    public void remove(CurrentUser user, String region, String tableCode, long sessionId, long pointId) {
        composed(user, region, tableCode, sessionId);
        agenda.remove(point(user, sessionId, pointId).id());
        changed(user, sessionId, "punt " + pointId + " verwijderd");
    }

    /** One place up ({@code up}) or down; the first point going up (or the last going down) stays where it is. */
    public void move(CurrentUser user, String region, String tableCode, long sessionId, long pointId, boolean up) {
        composed(user, region, tableCode, sessionId);
        point(user, sessionId, pointId);
        List<Long> ids = new ArrayList<>(agenda.points(sessionId).stream().map(AgendaPoint::id).toList());
        int at = ids.indexOf(pointId);
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < ids.size()) {
            ids.set(at, ids.get(to));
            ids.set(to, pointId);
            agenda.order(ids);
            changed(user, sessionId, "punt " + pointId + (up ? " omhoog" : " omlaag"));
        }
    }

    private AgendaPoint point(CurrentUser user, long sessionId, long pointId) {
        return agenda.point(sessionId, pointId)
                .orElseThrow(() -> access.hidden(user, "LEERTAFEL_AGENDAPUNT", pointId, CHANGED));
    }

    private static void checkMinutes(int minutes) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new LeertafelRefused("minutes", "leertafel.agenda.refused.minutes", MIN_MINUTES, MAX_MINUTES);
        }
    }

    private long added(CurrentUser user, LeertafelSession session, long pointId, String what) {
        changed(user, session.id(), "punt " + pointId + " toegevoegd (" + what + ")");
        return pointId;
    }

    private void changed(CurrentUser user, long sessionId, String details) {
        audit.record(AuditEvent.of(CHANGED, "LEERTAFEL_BIJEENKOMST", sessionId).withActor(user.username())
                .withDetails(details));
    }
}
