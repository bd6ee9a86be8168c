package nl.doorbraak.planning.internal;

/**
 * Someone at the table for one case: a user of the system ({@code userId}), an organisation of the region's registry
 * before it is known who of it comes ({@code organisationId} without a user), or an external person.
 * {@code organisationId} is the registry organisation of the seat or, for a user, of their account.
 */
public record Participant(long id, long agendaItemId, Long userId, String name, String organisation, String email,
        ParticipantRole role, Long organisationId) {

    public Participant(long id, long agendaItemId, Long userId, String name, String organisation, String email,
            ParticipantRole role) {
        this(id, agendaItemId, userId, name, organisation, email, role, null);
    }

    /** An organisation of the registry, no person yet. */
    public boolean isOrganisationSeat() {
        return userId == null && organisationId != null;
    }

    public boolean isUser() {
        return userId != null;
    }
}
