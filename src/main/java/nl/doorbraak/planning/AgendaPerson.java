package nl.doorbraak.planning;

/**
 * Someone at the table for one case: a user of the system ({@code userId}) or an external person. {@code role} is
 * the participant role code (JONGERE, OUDER, SCHOOL, KERNPARTNER, STRUCTURELE_PARTNER, SPECIALIST, INBRENGER); its
 * label is the message {@code planning.role.<code>}.
 */
public record AgendaPerson(long id, Long userId, String name, String organisation, String email, String role) {

    public boolean isUser() {
        return userId != null;
    }
}
