package nl.doorbraak.casefile.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.identity.UserContact;

/**
 * Everything the case page shows, plus which actions this user may take. {@code coordinatorOptions} are the
 * region's coordinators the user may assign the case to, empty when they may not assign it; {@code intakePoint} the
 * name of the intake point that takes in the case's sector, null when none does.
 */
public record CaseView(CaseDetails details, List<ReferralInput.Guardian> guardians, Optional<ConsentRecord> consent,
        List<TimelineEntry> timeline, List<TriageRecord> decisions, CaseClocks clocks, CaseLeerplicht leerplicht,
        String regionName, boolean mayTriage, boolean mayWithdrawConsent, boolean mayEditDraft,
        String assignedCoordinator, List<UserContact> coordinatorOptions, String intakePoint, boolean mayResubmit,
        boolean mayContinue, CaseLinks links) {

    public CaseView {
        coordinatorOptions = List.copyOf(coordinatorOptions);
    }

    /** The advice of the latest return, for the referrer who amends the case; empty when it was never sent back. */
    public Optional<String> latestAdvice() {
        return timeline.stream().filter(e -> e.type() == CaseEventType.TERUGGESTUURD).reduce((a, b) -> b)
                .map(TimelineEntry::reason);
    }

    /** Whether the case went through more than one vooroverleg round (it was resubmitted). */
    public boolean hasSeveralRounds() {
        return decisions.stream().anyMatch(d -> d.round() > 1);
    }

    public boolean mayAssign() {
        return !coordinatorOptions.isEmpty();
    }
}
