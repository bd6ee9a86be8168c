package nl.doorbraak.verslag.internal;

import java.util.List;

/** A follow-up action was refused for these reasons; nothing changed. */
public class FollowupRefused extends RuntimeException {

    private final transient List<FollowupRefusal> refusals;

    public FollowupRefused(List<FollowupRefusal> refusals) {
        super("follow-up refused: " + refusals);
        this.refusals = List.copyOf(refusals);
    }

    static FollowupRefused because(String messageKey) {
        return new FollowupRefused(List.of(FollowupRefusal.global(messageKey)));
    }

    public List<FollowupRefusal> refusals() {
        return refusals;
    }
}
