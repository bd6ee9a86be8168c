package nl.doorbraak.dossier.internal;

/** Someone saved the dossier after this copy was opened; {@code currentVersion} lets the user save over it knowingly. */
public class StaleDossier extends RuntimeException {

    private final int currentVersion;

    public StaleDossier(int currentVersion) {
        super("dossier changed meanwhile");
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
