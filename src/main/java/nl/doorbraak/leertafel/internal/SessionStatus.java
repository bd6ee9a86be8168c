package nl.doorbraak.leertafel.internal;

/** A session is planned, held (with attendance and notes) or cancelled. */
public enum SessionStatus {
    GEPLAND, GEHOUDEN, GEANNULEERD
}
