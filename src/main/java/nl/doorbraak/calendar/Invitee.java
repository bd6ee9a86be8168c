package nl.doorbraak.calendar;

import java.util.Objects;

/** Someone invited to the meeting, with the role they have there. */
public record Invitee(Contact contact, InviteeRole role) {

    public Invitee {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(role, "role");
    }

    public static Invitee participant(String email, String name) {
        return new Invitee(new Contact(email, name), InviteeRole.PARTICIPANT);
    }

    public static Invitee chair(String email, String name) {
        return new Invitee(new Contact(email, name), InviteeRole.CHAIR);
    }
}
