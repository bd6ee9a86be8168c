package nl.doorbraak.leertafel.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.leertafel.LeertafelHidden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of a leertafel: the region's coordinators create them on a date of the cadence (or another weekday),
 * choose the independent chair, move and cancel them; a move or a new chair after the invitations sends updates.
 */
@Service
@Transactional(noRollbackFor = LeertafelHidden.class)
public class Sessions {

    public static final String LISTED = "LEERTAFEL_BIJEENKOMSTEN_BEKEKEN";
    public static final String ADDED = "LEERTAFEL_BIJEENKOMST_TOEGEVOEGD";
    public static final String CHANGED = "LEERTAFEL_BIJEENKOMST_GEWIJZIGD";
    public static final String CANCELLED = "LEERTAFEL_BIJEENKOMST_GEANNULEERD";
    public static final String INVITED = "LEERTAFEL_BIJEENKOMST_UITGENODIGD";
    static final int OFFERED_DATES = 4;

    private final LeertafelAccess access;
    private final LeertafelSessionRepository sessions;
    private final MemberRepository members;
    private final SessionInvitations invitations;
    private final UserDirectory users;
    private final AuditLog audit;
    private final SessionTime time;

    Sessions(LeertafelAccess access, LeertafelSessionRepository sessions, MemberRepository members,
            SessionInvitations invitations, UserDirectory users, AuditLog audit, SessionTime time) {
        this.access = access;
        this.sessions = sessions;
        this.members = members;
        this.invitations = invitations;
        this.users = users;
        this.audit = audit;
        this.time = time;
    }

    public SessionsPage page(CurrentUser user, String region, String tableCode) {
        LeertafelTable table = access.table(user, region, tableCode, LISTED);
        boolean manages = access.manages(user, table);
        audit.record(AuditEvent.of(LISTED, "LEERTAFEL", table.regionSlug() + "/" + table.code())
                .withActor(user.username()));
        return new SessionsPage(table, sessions.of(table), manages,
                manages ? SessionDates.offered(table.table(), time.today(), d -> sessions.dayTaken(table, d, null),
                        OFFERED_DATES) : List.of(),
                manages ? chairs(table) : List.of(),
                sessions.previousChair(table, time.wallClock().plusYears(10)).orElse(null));
    }

    /** Before any input is looked at: only the region's coordinators plan sessions. */
    public LeertafelTable managed(CurrentUser user, String region, String tableCode, String action) {
        return access.managed(user, region, tableCode, action);
    }

    public long create(CurrentUser coordinator, String region, String tableCode, SessionDraft draft) {
        LeertafelTable table = access.managed(coordinator, region, tableCode, ADDED);
        check(table, draft, null);
        long id = sessions.insert(table, draft.day().atTime(draft.from()), draft.day().atTime(draft.until()),
                draft.location().strip(), draft.chairUserId(), coordinator.id(), time.now());
        audit.record(AuditEvent.of(ADDED, "LEERTAFEL_BIJEENKOMST", id).withActor(coordinator.username())
                .withDetails(table.regionSlug() + "/" + table.code() + " " + draft.day() + " " + draft.from() + "-"
                        + draft.until()));
        return id;
    }

    /** A new day, time or place; after the invitations everyone gets an update (SEQUENCE up). */
    public void move(CurrentUser coordinator, String region, String tableCode, long sessionId, SessionDraft draft) {
        LeertafelTable table = access.managed(coordinator, region, tableCode, CHANGED);
        LeertafelSession session = planned(coordinator, table, sessionId, CHANGED);
        check(table, new SessionDraft(draft.day(), draft.from(), draft.until(), draft.location(), null), sessionId);
        sessions.reschedule(sessionId, draft.day().atTime(draft.from()), draft.day().atTime(draft.until()),
                draft.location().strip(), session.invited());
        invitations.update(table, sessions.find(table, sessionId).orElseThrow());
        audit.record(AuditEvent.of(CHANGED, "LEERTAFEL_BIJEENKOMST", sessionId).withActor(coordinator.username())
                .withDetails(session.startsAt() + " naar " + draft.day() + " " + draft.from() + "-" + draft.until()));
    }

    /** The independent chair of this session: a VOORZITTER of the region, never a member. */
    public void chair(CurrentUser coordinator, String region, String tableCode, long sessionId, Long chairUserId) {
        LeertafelTable table = access.managed(coordinator, region, tableCode, CHANGED);
        LeertafelSession session = planned(coordinator, table, sessionId, CHANGED);
        checkChair(table, chairUserId);
        sessions.setChair(sessionId, chairUserId, session.invited());
        invitations.update(table, sessions.find(table, sessionId).orElseThrow());
        audit.record(AuditEvent.of(CHANGED, "LEERTAFEL_BIJEENKOMST", sessionId).withActor(coordinator.username())
                .withDetails("voorzitter " + (chairUserId == null ? "geen" : "gebruiker " + chairUserId)));
    }

    public void cancel(CurrentUser coordinator, String region, String tableCode, long sessionId) {
        LeertafelTable table = access.managed(coordinator, region, tableCode, CANCELLED);
        LeertafelSession session = planned(coordinator, table, sessionId, CANCELLED);
        invitations.cancel(table, session);
        sessions.cancel(sessionId);
        audit.record(AuditEvent.of(CANCELLED, "LEERTAFEL_BIJEENKOMST", sessionId).withActor(coordinator.username()));
    }

    /** Mails the invitations to whoever has none at the current revision; returns how many mails were queued. */
    public int invite(CurrentUser coordinator, String region, String tableCode, long sessionId) {
        LeertafelTable table = access.managed(coordinator, region, tableCode, INVITED);
        LeertafelSession session = planned(coordinator, table, sessionId, INVITED);
        int mailed = invitations.invite(table, session);
        sessions.markInvited(sessionId, time.now());
        audit.record(AuditEvent.of(INVITED, "LEERTAFEL_BIJEENKOMST", sessionId).withActor(coordinator.username())
                .withDetails(mailed + " mails"));
        return mailed;
    }

    /** The region's chairs who are not a member of the table. */
    public List<UserContact> chairs(LeertafelTable table) {
        Set<Long> sitting = memberIds(table);
        return users.withRoleInRegion(Role.VOORZITTER, table.regionSlug()).stream()
                .filter(u -> !sitting.contains(u.id())).toList();
    }

    private LeertafelSession planned(CurrentUser user, LeertafelTable table, long sessionId, String action) {
        LeertafelSession session = sessions.find(table, sessionId)
                .orElseThrow(() -> access.hidden(user, "LEERTAFEL_BIJEENKOMST", sessionId, action));
        if (!session.planned()) {
            throw new LeertafelRefused(null, "leertafel.sessions.refused.notPlanned");
        }
        if (session.endsAt().isBefore(time.wallClock())) {
            throw new LeertafelRefused(null, "leertafel.sessions.refused.over");
        }
        return session;
    }

    private void check(LeertafelTable table, SessionDraft draft, Long sessionId) {
        if (draft.location() == null || draft.location().isBlank()) {
            throw new LeertafelRefused("location", "leertafel.sessions.refused.location");
        }
        SessionRules.when(draft.day(), draft.from(), draft.until(), time.today()).ifPresent(r -> {
            throw r;
        });
        if (sessions.dayTaken(table, draft.day(), sessionId)) {
            throw new LeertafelRefused("date", "leertafel.sessions.refused.dayTaken");
        }
        if (sessionId == null) {
            checkChair(table, draft.chairUserId());
        }
    }

    private void checkChair(LeertafelTable table, Long chairUserId) {
        Set<Long> chairsOfRegion = users.withRoleInRegion(Role.VOORZITTER, table.regionSlug()).stream()
                .map(UserContact::id).collect(Collectors.toSet());
        SessionRules.chair(chairUserId, memberIds(table), chairsOfRegion).ifPresent(r -> {
            throw r;
        });
    }

    private Set<Long> memberIds(LeertafelTable table) {
        return members.current(table).stream().map(Member::userId).collect(Collectors.toSet());
    }

    LocalDateTime now() {
        return time.wallClock();
    }
}
