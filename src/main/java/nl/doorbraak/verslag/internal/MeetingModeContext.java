package nl.doorbraak.verslag.internal;

import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.AgendaPerson;
import nl.doorbraak.region.Werkwijze;

/** One agenda item as the meeting mode sees it: the entry, the case, the region's werkwijze and who may edit. */
public record MeetingModeContext(AgendaEntry entry, CaseSummary summary, Werkwijze werkwijze, boolean mayEdit) {

    public Set<Long> participantIds() {
        return entry.participants().stream().map(AgendaPerson::id).collect(Collectors.toSet());
    }

    public String tableName() {
        return werkwijze.table(entry.tableCode()).map(t -> t.name()).orElse(entry.tableCode());
    }
}
