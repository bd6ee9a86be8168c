package nl.doorbraak.planning.internal;

import java.util.List;

/** The meeting the case is now on, and what the coordinator should be warned about. */
public record PlanOutcome(long meetingId, List<PlanningWarning> warnings) {

    public PlanOutcome {
        warnings = List.copyOf(warnings);
    }
}
