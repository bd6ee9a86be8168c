package nl.doorbraak.verslag.internal;

/** One reason a draft change is refused: the form field it belongs to (null for the whole form) and its message. */
public record DraftRefusal(String field, String messageKey) {

    public static DraftRefusal global(String messageKey) {
        return new DraftRefusal(null, messageKey);
    }
}
