package nl.doorbraak.verslag.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The main form's limits: known participants, a known monitoring frequency, texts that fit their columns. */
final class DraftChangesRule {

    static final int MAX_SECTION = 20_000;
    static final int MAX_CHANNEL = 200;
    static final int MAX_NOTE = 1000;
    static final int MAX_ANSWER = 2000;

    private DraftChangesRule() {
    }

    static List<DraftRefusal> refusals(DraftChanges c, Set<Long> participantIds) {
        List<DraftRefusal> refusals = new ArrayList<>();
        if (c.monitoringFrequency() != null && !DraftChanges.FREQUENCIES.contains(c.monitoringFrequency())) {
            refusals.add(new DraftRefusal("monitoringFrequency", "verslag.monitoring.frequencyUnknown"));
        }
        DraftTexts.optional(refusals, "monitoringChannel", c.monitoringChannel(), MAX_CHANNEL);
        DraftTexts.optional(refusals, "nextMeetingNote", c.nextMeetingNote(), MAX_NOTE);
        for (Map.Entry<String, String> section : c.sections().entrySet()) {
            DraftTexts.optional(refusals, "sections[" + section.getKey() + "]", section.getValue(), MAX_SECTION);
        }
        for (ChecklistAnswer answer : c.checklist()) {
            DraftTexts.optional(refusals, "checklist[" + answer.position() + "].answer", answer.answer(), MAX_ANSWER);
        }
        boolean strangers = !participantIds.containsAll(c.attendance().keySet())
                || !participantIds.containsAll(c.nextParticipantIds());
        if (strangers) {
            refusals.add(DraftRefusal.global("verslag.participant.unknown"));
        }
        return refusals;
    }
}
