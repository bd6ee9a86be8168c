package nl.doorbraak.verslag.internal;

import java.util.List;
import java.util.Locale;

/** Rules about the checklist's questions themselves, by their text (regions configure the questions). */
public final class ChecklistQuestion {

    /** The questions whether the pupil or the parent could tell everything: they may not have been there. */
    private static final List<String> ABOUT_SOMEONE_WHO_MAY_BE_ABSENT = List.of("leerling alles", "ouder / verzorger alles");

    private ChecklistQuestion() {
    }

    public static boolean allowsNotPresent(String question) {
        String text = question == null ? "" : question.toLowerCase(Locale.ROOT);
        return ABOUT_SOMEONE_WHO_MAY_BE_ABSENT.stream().anyMatch(text::contains);
    }
}
