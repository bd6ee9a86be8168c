package nl.doorbraak.verslag.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One save of the meeting mode's main form: the texts per section code, attendance per participant (true =
 * present), regie, monitoring, the checklist, the next meeting, and the version the copy was opened at.
 */
public record DraftChanges(int version, Map<String, String> sections, Map<Long, Boolean> attendance,
        DraftRegie regie, String monitoringFrequency, String monitoringChannel, List<ChecklistAnswer> checklist,
        LocalDate nextMeetingOn, String nextMeetingNote, Set<Long> nextParticipantIds) {

    public static final Set<String> FREQUENCIES = Set.of("WEKELIJKS", "TWEEWEKELIJKS", "MAANDELIJKS");

    public DraftChanges {
        sections = Map.copyOf(sections);
        attendance = Map.copyOf(attendance);
        checklist = List.copyOf(checklist);
        nextParticipantIds = Set.copyOf(nextParticipantIds);
    }

    /** Whether both say the same, whatever version each copy was opened at. */
    public boolean sameContentAs(DraftChanges other) {
        return withVersion(0).equals(other.withVersion(0));
    }

    private DraftChanges withVersion(int v) {
        return new DraftChanges(v, sections, attendance, regie, monitoringFrequency, monitoringChannel, checklist,
                nextMeetingOn, nextMeetingNote, nextParticipantIds);
    }
}
