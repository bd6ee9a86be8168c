package nl.doorbraak.proposals.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of a new proposal and of a decision beyond the form's own checks (required, lengths): choices of the
 * leertafel's own region only, no date in the future or before the previous step, a reason for a refusal, and no
 * identifier in anything typed.
 */
class ProposalRules {

    private ProposalRules() {
    }

    static FormCheck check(ProposalDraft draft, ProposalOptions options, LocalDate today, IdentifierScreen screen) {
        FormCheck check = new FormCheck();
        if (!ids(options.owners()).contains(draft.ownerUserId())) {
            check.problem("ownerUserId", "proposals.owner.unknown");
        }
        if (draft.themeIds().isEmpty() && !options.themes().isEmpty()) {
            check.problem("themeIds", "proposals.themes.required");
        } else if (!ids(options.themes()).containsAll(draft.themeIds())) {
            check.problem("themeIds", "proposals.themes.unknown");
        }
        if (draft.organisationIds().isEmpty()) {
            check.problem("organisationIds", "proposals.organisations.required");
        } else if (!ids(options.organisations()).containsAll(draft.organisationIds())) {
            check.problem("organisationIds", "proposals.organisations.unknown");
        }
        if (draft.submittedOn() != null && draft.submittedOn().isAfter(today)) {
            check.problem("submittedOn", "proposals.date.future");
        }
        check.identifiers("title", screen.hits(draft.title(), options.partnerNames()));
        check.identifiers("description", screen.hits(draft.description(), options.partnerNames()));
        return check;
    }

    static FormCheck check(DecisionDraft decision, List<NamedRef> regionOrganisations, Set<String> partnerNames,
            Optional<LocalDate> previous, LocalDate today, IdentifierScreen screen) {
        FormCheck check = new FormCheck();
        if (decision.decidedOn() != null && decision.decidedOn().isAfter(today)) {
            check.problem("decidedOn", "proposals.date.future");
        } else if (decision.decidedOn() != null && previous.filter(decision.decidedOn()::isBefore).isPresent()) {
            check.problem("decidedOn", "proposals.decision.beforePrevious",
                    nl.doorbraak.common.DutchTime.showDate(previous.get()));
        }
        if (decision.organisationId() != null && !ids(regionOrganisations).contains(decision.organisationId())) {
            check.problem("organisationId", "proposals.organisations.unknown");
        }
        if (decision.status() == ProposalStatus.AFGEWEZEN && (decision.note() == null || decision.note().isBlank())) {
            check.problem("note", "proposals.decision.reasonRequired");
        }
        check.identifiers("note", screen.hits(decision.note(), partnerNames));
        return check;
    }

    private static Set<Long> ids(List<NamedRef> refs) {
        return refs.stream().map(NamedRef::id).collect(Collectors.toSet());
    }
}
