package nl.doorbraak.casefile.internal;

import java.time.LocalDate;

/** Consent as stored, with its withdrawal if any. */
public record ConsentRecord(boolean byGuardian, boolean byYouth, LocalDate givenOn, ConsentMethod method,
        boolean forReferral, boolean forSharing, LocalDate withdrawnOn, String withdrawnReason) {

    public Consent consent() {
        return new Consent(byGuardian, byYouth, givenOn, method, forReferral, forSharing);
    }
}
