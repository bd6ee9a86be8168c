package nl.doorbraak.dossier.internal;

import java.time.Instant;

/** One sending of the dossier to one user; {@code accessEndedAt} is set once they no longer take part. */
record Receipt(long userId, Instant sentAt, Instant accessEndedAt) {

    boolean current() {
        return accessEndedAt == null;
    }
}
