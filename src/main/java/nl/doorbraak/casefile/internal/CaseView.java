package nl.doorbraak.casefile.internal;

import java.util.List;
import java.util.Optional;

/** Everything the case page shows, plus which actions this user may take. */
public record CaseView(CaseDetails details, List<ReferralInput.Guardian> guardians, Optional<ConsentRecord> consent,
        List<TimelineEntry> timeline, List<TriageRecord> decisions, CaseClocks clocks, CaseLeerplicht leerplicht,
        String regionName, boolean mayTriage, boolean mayWithdrawConsent, boolean mayEditDraft) {
}
