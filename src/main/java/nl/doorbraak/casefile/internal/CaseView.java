package nl.doorbraak.casefile.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.identity.UserContact;

/**
 * Everything the case page shows, plus which actions this user may take. {@code coordinatorOptions} are the
 * region's coordinators the user may assign the case to, empty when they may not assign it.
 */
public record CaseView(CaseDetails details, List<ReferralInput.Guardian> guardians, Optional<ConsentRecord> consent,
        List<TimelineEntry> timeline, List<TriageRecord> decisions, CaseClocks clocks, CaseLeerplicht leerplicht,
        String regionName, boolean mayTriage, boolean mayWithdrawConsent, boolean mayEditDraft,
        String assignedCoordinator, List<UserContact> coordinatorOptions) {

    public CaseView {
        coordinatorOptions = List.copyOf(coordinatorOptions);
    }

    public boolean mayAssign() {
        return !coordinatorOptions.isEmpty();
    }
}
