package nl.doorbraak.proposals.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a proposal stands: INGEDIEND, IN_BEHANDELING, AANGENOMEN, INGEVOERD, or AFGEWEZEN. Each step is a dated
 * decision; a proposal is followed up in every session until it is ingevoerd or afgewezen.
 *
 * <p>AANGENOMEN may still become AFGEWEZEN: an organisation that adopted a proposal can decide not to carry it out
 * after all (money, a new board), and the leertafel must then stop following it up with that decision on record.
 * Nothing comes back from INGEVOERD or AFGEWEZEN: a new attempt is a new proposal.
 */
public enum ProposalStatus {
    INGEDIEND, IN_BEHANDELING, AANGENOMEN, INGEVOERD, AFGEWEZEN;

    /** The statuses this one may move to, in the order the form offers them. */
    public Set<ProposalStatus> next() {
        return switch (this) {
            case INGEDIEND -> EnumSet.of(IN_BEHANDELING, AFGEWEZEN);
            case IN_BEHANDELING -> EnumSet.of(AANGENOMEN, AFGEWEZEN);
            case AANGENOMEN -> EnumSet.of(INGEVOERD, AFGEWEZEN);
            case INGEVOERD, AFGEWEZEN -> EnumSet.noneOf(ProposalStatus.class);
        };
    }

    public boolean open() {
        return this != INGEVOERD && this != AFGEWEZEN;
    }

    /** Empty when the move is allowed; otherwise the message key that says why not, in plain Dutch. */
    public Optional<String> refusalOfMoveTo(ProposalStatus target) {
        if (next().contains(target)) {
            return Optional.empty();
        }
        if (!open()) {
            return Optional.of("proposals.move.closed." + name());
        }
        if (target == this) {
            return Optional.of("proposals.move.same");
        }
        return Optional.of("proposals.move.to." + target.name());
    }

    public static List<ProposalStatus> openStatuses() {
        return List.of(INGEDIEND, IN_BEHANDELING, AANGENOMEN);
    }
}
