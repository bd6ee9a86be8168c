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
        String assignedCoordinator, List<UserContact> coordinatorOptions, String intakePoint) {

    public CaseView {
        coordinatorOptions = List.copyOf(coordinatorOptions);
    }

    public boolean mayAssign() {
        return !coordinatorOptions.isEmpty();
    }
}
