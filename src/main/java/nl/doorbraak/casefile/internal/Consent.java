package nl.doorbraak.casefile.internal;

import java.time.LocalDate;

/** Who gave consent, when, how and for what. */
public record Consent(boolean byGuardian, boolean byYouth, LocalDate givenOn, ConsentMethod method,
        boolean forReferral, boolean forSharing) {

    public boolean givenByAnyone() {
        return byGuardian || byYouth;
    }
}
