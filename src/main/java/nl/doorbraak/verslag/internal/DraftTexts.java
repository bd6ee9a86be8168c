package nl.doorbraak.verslag.internal;

import java.util.List;

/** Text checks the draft's rules share: required and not longer than the column. */
final class DraftTexts {

    static final String TOO_LONG = "verslag.text.tooLong";

    private DraftTexts() {
    }

    static void required(List<DraftRefusal> refusals, String field, String text, String requiredKey, int max) {
        if (isBlank(text)) {
            refusals.add(new DraftRefusal(field, requiredKey));
        } else {
            optional(refusals, field, text, max);
        }
    }

    static void optional(List<DraftRefusal> refusals, String field, String text, int max) {
        if (text != null && text.length() > max) {
            refusals.add(new DraftRefusal(field, TOO_LONG));
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Null for blank text, so the database holds no empty strings. */
    static String orNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
