package nl.doorbraak.planning.internal;

/** Someone at the table for one case: a user of the system ({@code userId}) or an external person. */
public record Participant(long id, long agendaItemId, Long userId, String name, String organisation, String email,
        ParticipantRole role) {

    public boolean isUser() {
        return userId != null;
    }
}
