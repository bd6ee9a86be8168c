package nl.doorbraak.verslag.internal;

/** Where a verslag stands: draft or finalised, its latest frozen version and an open correction's reason. */
public record VerslagVersionState(long id, String status, int latestVersion, String correctionReason) {

    public boolean finalised() {
        return "VASTGESTELD".equals(status);
    }
}
