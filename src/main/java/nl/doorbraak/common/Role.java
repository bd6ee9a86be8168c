package nl.doorbraak.common;

/** The roles of DOMAIN.md; a user may hold several. */
public enum Role {
    VERWIJZER, COORDINATOR, VOORZITTER, DEELNEMER, LEERTAFEL, BELEID, PRIVACY, BEHEERDER;

    public String authority() {
        return "ROLE_" + name();
    }
}
