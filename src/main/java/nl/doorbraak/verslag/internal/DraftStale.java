package nl.doorbraak.verslag.internal;

/** Someone else saved the draft after this copy was opened: the save is refused so nothing is overwritten. */
public class DraftStale extends RuntimeException {

    public DraftStale() {
        super("the draft changed since it was opened");
    }
}
