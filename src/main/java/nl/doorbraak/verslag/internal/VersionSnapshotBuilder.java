package nl.doorbraak.verslag.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.AgendaPerson;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.verslag.VerslagDocument;
import nl.doorbraak.verslag.VerslagDocument.Person;

/**
 * Turns a complete draft into the frozen document: sections in the werkwijze's order, people by their names on the
 * agenda with Dutch role labels. {@code dutch} resolves a message key to its Dutch text.
 */
record VersionSnapshotBuilder(FinalisingDraft draft, AgendaEntry entry, Werkwijze werkwijze, CaseSummary summary,
        Function<String, String> dutch) {

    VerslagDocument build(int version, String reason, Instant finalisedAt, String finalisedBy, String chairName) {
        List<AgendaPerson> people = entry.participants();
        return new VerslagDocument(draft.verslagId(), version, reason, finalisedAt, finalisedBy,
                werkwijze.name(), werkwijze.table(entry.tableCode()).map(MeetingTable::name).orElse(entry.tableCode()),
                entry.meetingStartsAt().toLocalDate(), entry.slotStart(), entry.slotEnd(), entry.location(),
                chairName, summary.youthName(), summary.youthBirthDate(),
                people.stream().filter(p -> Boolean.TRUE.equals(draft.attendance().get(p.id()))).map(this::person).toList(),
                people.stream().filter(p -> Boolean.FALSE.equals(draft.attendance().get(p.id()))).map(this::person).toList(),
                werkwijze.verslagSections().stream().map(s -> new VerslagDocument.Section(s.code(), s.title(),
                        draft.sections().get(s.code()))).toList(),
                draft.agreements().stream().map(a -> new VerslagDocument.Agreement(a.what(), person(a.ownerId()),
                        a.dueOn(), a.how(), a.result())).toList(),
                draft.scenarios().stream().map(s -> new VerslagDocument.Scenario(s.ifThis(), s.thenThat(),
                        person(s.ownerId()))).toList(),
                person(draft.regiehouderId()), person(draft.fixedContactId()),
                new VerslagDocument.Monitoring(dutch.apply("verslagversie.frequency." + draft.monitoringFrequency()),
                        draft.monitoringChannel(), person(draft.monitoringById())),
                checklist(), draft.nextMeetingOn(), draft.nextMeetingNote(),
                people.stream().filter(p -> draft.nextParticipantIds().contains(p.id())).map(this::person).toList());
    }

    private List<VerslagDocument.ChecklistAnswer> checklist() {
        List<String> questions = werkwijze.checklist();
        return java.util.stream.IntStream.range(0, questions.size()).mapToObj(i -> {
            FinalisingDraft.Answer answer = draft.checklist().get(i);
            String text = answer == null ? null
                    : answer.notPresent() ? dutch.apply("verslagversie.checklist.notPresent") : answer.answer();
            return new VerslagDocument.ChecklistAnswer(questions.get(i), text);
        }).toList();
    }

    private Person person(Long participantId) {
        return FinalisingRule.participant(entry, participantId).map(this::person).orElse(null);
    }

    private Person person(AgendaPerson p) {
        return new Person(p.name(), p.organisation(), dutch.apply("planning.role." + p.role()));
    }
}
