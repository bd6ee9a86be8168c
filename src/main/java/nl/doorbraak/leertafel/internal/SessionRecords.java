package nl.doorbraak.leertafel.internal;

import java.util.Set;

import nl.doorbraak.anonymity.AnonymityCheck;
import nl.doorbraak.anonymity.AnonymityResult;
import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.leertafel.LeertafelHidden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a session has begun its chair or a coordinator records who was there (per member of that day) and what was
 * learnt: recording marks the session as held (GEHOUDEN). Notes hold what the table learnt, no case text.
 */
@Service
@Transactional(noRollbackFor = LeertafelHidden.class)
public class SessionRecords {

    public static final String HELD = "LEERTAFEL_BIJEENKOMST_GEHOUDEN";
    public static final String NOTES = "LEERTAFEL_NOTITIES_GEWIJZIGD";
    static final int MAX_NOTES = 8000;

    private final LeertafelAccess access;
    private final SessionPages pages;
    private final LeertafelSessionRepository sessions;
    private final MemberRepository members;
    private final AttendanceRepository attendance;
    private final AnonymityCheck anonymity;
    private final AuditLog audit;
    private final SessionTime time;

    SessionRecords(LeertafelAccess access, SessionPages pages, LeertafelSessionRepository sessions, MemberRepository members,
            AttendanceRepository attendance, AnonymityCheck anonymity, AuditLog audit, SessionTime time) {
        this.anonymity = anonymity;
        this.access = access;
        this.pages = pages;
        this.sessions = sessions;
        this.members = members;
        this.attendance = attendance;
        this.audit = audit;
        this.time = time;
    }

    /** Before any input is looked at: the session must be one this user records, else it is hidden. */
    public LeertafelSession recorded(CurrentUser user, String region, String tableCode, long sessionId, String action) {
        LeertafelTable table = access.table(user, region, tableCode, action);
        LeertafelSession session = pages.find(user, table, sessionId, action);
        if (!access.manages(user, table) && !SessionPages.chairs(user, session)) {
            throw access.hidden(user, "LEERTAFEL_BIJEENKOMST", sessionId, action);
        }
        if (session.cancelled()) {
            throw new LeertafelRefused(null, "leertafel.record.refused.cancelled");
        }
        if (!session.begun(time.wallClock())) {
            throw new LeertafelRefused(null, "leertafel.record.refused.notYet");
        }
        return session;
    }

    /** Present for the members ticked, absent for the other members of that day; the session is then held. */
    public void attendance(CurrentUser user, String region, String tableCode, long sessionId, Set<Long> present) {
        LeertafelSession session = recorded(user, region, tableCode, sessionId, HELD);
        LeertafelTable table = access.table(user, region, tableCode, HELD);
        var ofTheDay = members.all(table).stream().filter(m -> m.on(session.day())).toList();
        ofTheDay.forEach(m -> attendance.set(sessionId, m.id(), present.contains(m.id())));
        sessions.markHeld(sessionId, user.id(), time.now());
        long there = ofTheDay.stream().filter(m -> present.contains(m.id())).count();
        audit.record(AuditEvent.of(HELD, "LEERTAFEL_BIJEENKOMST", sessionId).withActor(user.username())
                .withDetails(there + " van " + ofTheDay.size() + " leden aanwezig"));
    }

    /**
     * The notes of what was learnt; the session is held. Notes that may identify someone (a name, a school, a date,
     * an address...) are refused before anything is stored, audited as DENIED with only the number of hits.
     */
    @Transactional(noRollbackFor = {LeertafelHidden.class, NotesNotAnonymous.class})
    public void notes(CurrentUser user, String region, String tableCode, long sessionId, String notes) {
        recorded(user, region, tableCode, sessionId, NOTES);
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > MAX_NOTES) {
            throw new LeertafelRefused("notes", "leertafel.record.refused.notesTooLong", MAX_NOTES);
        }
        AnonymityResult checked = text == null ? null : anonymity.check(text);
        if (checked != null && !checked.clean()) {
            audit.record(AuditEvent.of(NOTES, "LEERTAFEL_BIJEENKOMST", sessionId).withActor(user.username())
                    .withOutcome(AuditOutcome.DENIED).withDetails(checked.hits().size() + " mogelijke persoonsgegevens"));
            throw new NotesNotAnonymous(checked);
        }
        sessions.setNotes(sessionId, text);
        sessions.markHeld(sessionId, user.id(), time.now());
        audit.record(AuditEvent.of(NOTES, "LEERTAFEL_BIJEENKOMST", sessionId).withActor(user.username())
                .withDetails(text == null ? "leeg" : text.length() + " tekens"));
    }
}
