package nl.doorbraak.identity.internal;

/** Published inside the transaction that changed what a user may do; their existing sessions must not outlive it. */
record AccountChanged(long userId) {
}
