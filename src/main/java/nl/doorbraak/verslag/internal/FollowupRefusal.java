package nl.doorbraak.verslag.internal;

/** One reason a follow-up action is refused: the form field it belongs to (null for the whole form) and its message. */
public record FollowupRefusal(String field, String messageKey) {

    static FollowupRefusal global(String messageKey) {
        return new FollowupRefusal(null, messageKey);
    }
}
