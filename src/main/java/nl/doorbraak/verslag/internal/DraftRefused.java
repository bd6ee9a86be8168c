package nl.doorbraak.verslag.internal;

import java.util.List;

/** A draft change that breaks a rule: nothing was stored; the refusals say where and why. */
public class DraftRefused extends RuntimeException {

    private final transient List<DraftRefusal> refusals;

    public DraftRefused(List<DraftRefusal> refusals) {
        super("draft change refused: " + refusals.stream().map(DraftRefusal::messageKey).toList());
        this.refusals = List.copyOf(refusals);
    }

    public DraftRefused(String messageKey) {
        this(List.of(DraftRefusal.global(messageKey)));
    }

    public List<DraftRefusal> refusals() {
        return refusals;
    }
}
