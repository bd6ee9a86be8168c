package nl.doorbraak.verslag.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A SMART agreement as the chair proposes it: what, who (a participant of this agenda item), by when, how, and the
 * measurable result. Refusal fields are the agreement form's field names.
 */
public record AgreementProposal(String what, Long ownerId, LocalDate dueOn, String how, String result) {

    public static final int MAX_TEXT = 1000;

    /** A deadline lies after the meeting's day (what is agreed there is done later) and not in the past. */
    public List<DraftRefusal> refusals(LocalDate today, LocalDate meetingDay, Set<Long> participantIds) {
        List<DraftRefusal> refusals = new ArrayList<>();
        DraftTexts.required(refusals, "what", what, "verslag.agreement.whatRequired", MAX_TEXT);
        if (ownerId == null || !participantIds.contains(ownerId)) {
            refusals.add(new DraftRefusal("ownerId", "verslag.agreement.ownerRequired"));
        }
        if (dueOn == null) {
            refusals.add(new DraftRefusal("dueOn", "verslag.agreement.dueRequired"));
        } else if (dueOn.isBefore(today)) {
            refusals.add(new DraftRefusal("dueOn", "verslag.agreement.dueInPast"));
        } else if (!dueOn.isAfter(meetingDay)) {
            refusals.add(new DraftRefusal("dueOn", "verslag.agreement.dueNotAfterMeeting"));
        }
        DraftTexts.optional(refusals, "how", how, MAX_TEXT);
        DraftTexts.required(refusals, "result", result, "verslag.agreement.resultRequired", MAX_TEXT);
        return refusals;
    }
}
