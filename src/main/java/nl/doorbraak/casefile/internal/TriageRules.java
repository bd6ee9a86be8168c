package nl.doorbraak.casefile.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.region.Admission;

/**
 * How deciders' choices become an outcome. Alone, a decider's choice is the outcome. In a joint decision
 * (Amsterdam: SWV VO and Leerplicht) every decider type must have decided; only when all admit is the case
 * admitted, otherwise a rejection wins over a referral back. Pure.
 */
public final class TriageRules {

    private TriageRules() {
    }

    /** The outcome, or empty while a joint decision still waits for a decider. Decisions oldest first. */
    public static Optional<CaseStatus> outcome(Admission admission, List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return Optional.empty();
        }
        if (!admission.jointDecision()) {
            return Optional.of(decisions.get(decisions.size() - 1).choice().outcome());
        }
        Map<OrganisationType, TriageChoice> latest = new EnumMap<>(OrganisationType.class);
        decisions.stream().filter(d -> d.organisationType() != null)
                .forEach(d -> latest.put(d.organisationType(), d.choice()));
        if (!latest.keySet().containsAll(admission.deciders())) {
            return Optional.empty();
        }
        List<TriageChoice> choices = admission.deciders().stream().map(latest::get).toList();
        if (choices.stream().allMatch(c -> c == TriageChoice.TOELATEN)) {
            return Optional.of(CaseStatus.TOEGELATEN);
        }
        return Optional.of(choices.contains(TriageChoice.AFWIJZEN) ? CaseStatus.AFGEWEZEN : CaseStatus.TERUGGESTUURD);
    }

    /** Whether this user's organisation may decide: any coordinator alone, only the named types jointly. */
    public static boolean mayDecide(Admission admission, OrganisationType deciderType) {
        return !admission.jointDecision() || (deciderType != null && admission.deciders().contains(deciderType));
    }

    /**
     * The werkwijze's circumstances this decider ticked, in the werkwijze's order and words; indexes outside the
     * list or given twice count once or not at all, so a tampered form cannot meet the criteria.
     */
    public static List<String> circumstancesTicked(Admission admission, List<Integer> indexes) {
        return IntStream.range(0, admission.circumstances().size()).filter(indexes::contains)
                .mapToObj(admission.circumstances()::get).toList();
    }

    /** One decider's choice, with the type of organisation they decided for. */
    public record Decision(OrganisationType organisationType, TriageChoice choice) {
    }
}
