package nl.doorbraak.audit.internal;

/**
 * Where a page starts: just before (older than) or just after (newer than) the row with this id.
 * Neither means the newest page.
 */
public record AuditCursor(Long before, Long after) {

    public static AuditCursor newest() {
        return new AuditCursor(null, null);
    }

    public static AuditCursor olderThan(long id) {
        return new AuditCursor(id, null);
    }

    public static AuditCursor newerThan(long id) {
        return new AuditCursor(null, id);
    }

    public String describe() {
        if (before != null) {
            return "ouder dan " + before;
        }
        return after != null ? "nieuwer dan " + after : "nieuwste";
    }
}
