package nl.doorbraak.verslag.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.AgendaPerson;

/**
 * Who owns progress (regiehouder), the family's fixed contact and who reports progress: each a participant of the
 * agenda item, or not chosen yet. The regiehouder is never the chair: the chair leads the meeting, not the case.
 */
public record DraftRegie(Long regiehouderId, Long fixedContactId, Long monitoringById) {

    public List<DraftRefusal> refusals(AgendaEntry entry) {
        List<DraftRefusal> refusals = new ArrayList<>();
        if (regiehouderId != null) {
            AgendaPerson person = participant(entry, regiehouderId);
            if (person == null) {
                refusals.add(new DraftRefusal("regiehouderId", "verslag.regie.notParticipant"));
            } else if (person.userId() != null && entry.chairedBy(person.userId())) {
                refusals.add(new DraftRefusal("regiehouderId", "verslag.regie.notChair"));
            }
        }
        if (fixedContactId != null && participant(entry, fixedContactId) == null) {
            refusals.add(new DraftRefusal("fixedContactId", "verslag.regie.notParticipant"));
        }
        if (monitoringById != null && participant(entry, monitoringById) == null) {
            refusals.add(new DraftRefusal("monitoringById", "verslag.regie.notParticipant"));
        }
        return refusals;
    }

    private static AgendaPerson participant(AgendaEntry entry, long id) {
        return entry.participants().stream().filter(p -> Objects.equals(p.id(), id)).findFirst().orElse(null);
    }
}
