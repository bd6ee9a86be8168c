package nl.doorbraak.leertafel.internal;

/** One point of a session's agenda; {@code title} is the case's title for a CASUS point, the free title otherwise. */
public record AgendaPoint(long id, int position, AgendaKind kind, Long leertafelCaseId, String title, int minutes) {
}
