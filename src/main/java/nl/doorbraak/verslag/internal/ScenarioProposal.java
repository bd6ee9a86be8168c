package nl.doorbraak.verslag.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** "Als ... dan ...", with the participant who acts. Refusal fields are the scenario form's field names. */
public record ScenarioProposal(String ifThis, String thenThat, Long ownerId) {

    public List<DraftRefusal> refusals(Set<Long> participantIds) {
        List<DraftRefusal> refusals = new ArrayList<>();
        DraftTexts.required(refusals, "ifThis", ifThis, "verslag.scenario.ifRequired", AgreementProposal.MAX_TEXT);
        DraftTexts.required(refusals, "thenThat", thenThat, "verslag.scenario.thenRequired", AgreementProposal.MAX_TEXT);
        if (ownerId == null || !participantIds.contains(ownerId)) {
            refusals.add(new DraftRefusal("scenarioOwnerId", "verslag.scenario.ownerRequired"));
        }
        return refusals;
    }
}
