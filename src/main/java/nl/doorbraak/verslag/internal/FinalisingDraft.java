package nl.doorbraak.verslag.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The draft of one verslag as the meeting mode left it in the V13 tables: what the completeness rule checks and
 * what the frozen version is built from. Participants are referred to by their agenda participant id.
 */
public record FinalisingDraft(long verslagId, String status, int latestVersion, String correctionReason,
        Map<String, String> sections, Map<Long, Boolean> attendance, List<Agreement> agreements,
        List<Scenario> scenarios, Long regiehouderId, Long fixedContactId, String monitoringFrequency,
        String monitoringChannel, Long monitoringById, Map<Integer, Answer> checklist, LocalDate nextMeetingOn,
        String nextMeetingNote, Set<Long> nextParticipantIds) {

    public FinalisingDraft {
        sections = Map.copyOf(sections);
        attendance = Map.copyOf(attendance);
        agreements = List.copyOf(agreements);
        scenarios = List.copyOf(scenarios);
        checklist = Map.copyOf(checklist);
        nextParticipantIds = Set.copyOf(nextParticipantIds);
    }

    public boolean finalised() {
        return "VASTGESTELD".equals(status);
    }

    /** A SMART agreement as drafted. */
    public record Agreement(String what, long ownerId, LocalDate dueOn, String how, String result) {
    }

    /** "Als ... dan ..." with who acts. */
    public record Scenario(String ifThis, String thenThat, long ownerId) {
    }

    /** The answer to one checklist question; {@code notPresent} when the person asked about was not there. */
    public record Answer(String answer, boolean notPresent) {

        boolean answered() {
            return answer != null && !answer.isBlank();
        }
    }
}
