package nl.doorbraak.casefile.internal;

/** What one generator run added, per table. */
public record GeneratedVolume(long cases, long guardians, long consents, long participants, long events,
        long triageDecisions, long auditEntries, long millis) {

    GeneratedVolume plus(GeneratedVolume other) {
        return new GeneratedVolume(cases + other.cases, guardians + other.guardians, consents + other.consents,
                participants + other.participants, events + other.events, triageDecisions + other.triageDecisions,
                auditEntries + other.auditEntries, millis + other.millis);
    }

    static GeneratedVolume none() {
        return new GeneratedVolume(0, 0, 0, 0, 0, 0, 0, 0);
    }
}
