package nl.doorbraak.proposals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.common.DutchTime;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading, submitting and following up the proposals of a leertafel. Every read and change is audited in the same
 * transaction; a refused status move leaves one DENIED row with the reason, and nothing else changes.
 */
@Service
@Transactional(noRollbackFor = {ProposalHidden.class, ProposalRefused.class})
public class ProposalService {

    static final String VIEWED = "VOORSTEL_BEKEKEN";
    static final String SUBMITTED = "VOORSTEL_INGEDIEND";
    static final String DECIDED = "VOORSTEL_BESLUIT_VASTGELEGD";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ProposalAccess access;
    private final ProposalRepository proposals;
    private final ProposalChoices choices;
    private final IdentifierScreen screen;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    ProposalService(ProposalAccess access, ProposalRepository proposals, ProposalChoices choices,
            IdentifierScreen screen, AuditLog audit, MessageSource messages, Clock clock) {
        this.access = access;
        this.proposals = proposals;
        this.choices = choices;
        this.screen = screen;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code status} is a status name, "OPEN" or null (all); {@code kind} null for both kinds. */
    public ProposalList list(CurrentUser user, String regionSlug, String tableCode, String status, ProposalKind kind) {
        LeertafelRef table = access.readable(user, regionSlug, tableCode, VIEWED);
        List<ProposalStatus> statuses = statuses(status);
        List<ProposalRow> rows = withThemes(table, proposals.list(table, statuses, kind));
        audit.record(AuditEvent.of(VIEWED, "LEERTAFEL", regionSlug + "/" + tableCode).withActor(user.username())
                .withDetails("lijst van voorstellen: " + rows.size()));
        return new ProposalList(table, rows, access.changes(user, regionSlug),
                statuses.size() == ProposalStatus.values().length ? null : status, kind);
    }

    /** The choices of the new-proposal form, for those who may submit. */
    public ProposalOptions options(CurrentUser user, String regionSlug, String tableCode) {
        return choices.of(access.changeable(user, regionSlug, tableCode, SUBMITTED));
    }

    /** The rules' problems with the draft (after access); empty when it may be submitted. */
    public FormCheck check(CurrentUser user, String regionSlug, String tableCode, ProposalDraft draft) {
        return ProposalRules.check(draft, options(user, regionSlug, tableCode), today(), screen);
    }

    public long submit(CurrentUser user, String regionSlug, String tableCode, ProposalDraft draft) {
        ProposalOptions options = options(user, regionSlug, tableCode);
        if (!ProposalRules.check(draft, options, today(), screen).clean()) {
            throw new IllegalArgumentException("the proposal was not checked before submitting");
        }
        long id = proposals.insert(options.table(), draft, user.id(), clock.instant());
        audit.record(AuditEvent.of(SUBMITTED, "VOORSTEL", id).withActor(user.username())
                .withDetails(draft.kind().name() + " bij " + regionSlug + "/" + tableCode));
        return id;
    }

    public ProposalPage page(CurrentUser user, String regionSlug, String tableCode, long proposalId) {
        LeertafelRef table = access.readable(user, regionSlug, tableCode, VIEWED);
        StoredProposal proposal = ofTable(user, table, proposalId, VIEWED);
        audit.record(AuditEvent.of(VIEWED, "VOORSTEL", proposalId).withActor(user.username()));
        return page(user, table, proposal);
    }

    /**
     * The problems with the decision (after access), every one at once; empty when it may be recorded. An illegal
     * status move is a refused change: it leaves its DENIED row here, with the reason.
     */
    public FormCheck check(CurrentUser user, String regionSlug, String tableCode, long proposalId,
            DecisionDraft decision) {
        LeertafelRef table = access.changeable(user, regionSlug, tableCode, DECIDED);
        StoredProposal proposal = ofTable(user, table, proposalId, DECIDED);
        FormCheck check = ProposalRules.check(decision, choices.organisations(regionSlug),
                choices.partnerNames(regionSlug), proposals.lastDecidedOn(proposalId), today(), screen);
        if (decision.status() != null) {
            proposal.status().refusalOfMoveTo(decision.status()).ifPresent(refusal -> {
                deny(user, proposal, decision, refusal);
                check.problem("status", refusal);
            });
        }
        return check;
    }

    /** Records the decision and moves the proposal on; refused when the proposal moved on since it was checked. */
    public void decide(CurrentUser user, String regionSlug, String tableCode, long proposalId, DecisionDraft decision) {
        LeertafelRef table = access.changeable(user, regionSlug, tableCode, DECIDED);
        StoredProposal proposal = ofTable(user, table, proposalId, DECIDED);
        String refusal = proposal.status().refusalOfMoveTo(decision.status()).orElse(null);
        if (refusal == null && !ProposalRules.check(decision, choices.organisations(regionSlug),
                choices.partnerNames(regionSlug), proposals.lastDecidedOn(proposalId), today(), screen).clean()) {
            throw new IllegalArgumentException("the decision was not checked before recording it");
        }
        if (refusal == null && !proposals.move(proposalId, proposal.status(), decision, user.id(), clock.instant())) {
            refusal = "proposals.move.changedMeanwhile";
        }
        if (refusal != null) {
            deny(user, proposal, decision, refusal);
            throw new ProposalRefused("status", refusal);
        }
        audit.record(AuditEvent.of(DECIDED, "VOORSTEL", proposalId).withActor(user.username())
                .withDetails(proposal.status().name() + " naar " + decision.status().name() + " op "
                        + DutchTime.showDate(decision.decidedOn())));
    }

    private void deny(CurrentUser user, StoredProposal proposal, DecisionDraft decision, String refusal) {
        audit.record(AuditEvent.of(DECIDED, "VOORSTEL", proposal.id()).withActor(user.username())
                .withOutcome(AuditOutcome.DENIED).withDetails("geweigerd: " + proposal.status().name() + " naar "
                        + decision.status().name() + ": " + messages.getMessage(refusal, null, refusal, DUTCH)));
    }

    private ProposalPage page(CurrentUser user, LeertafelRef table, StoredProposal p) {
        Map<Long, String> themeNames = choices.themeNames(table.regionSlug());
        List<DecisionRow> decisions = proposals.decisions(p.id());
        LocalDate since = decisions.isEmpty() ? p.createdAt().atZone(DutchTime.ZONE).toLocalDate()
                : decisions.get(decisions.size() - 1).decidedOn();
        boolean mayDecide = access.changes(user, table.regionSlug()) && p.status().open();
        List<ProposalStatus> others = Arrays.stream(ProposalStatus.values()).filter(s -> s != p.status()).toList();
        return new ProposalPage(table, p.id(), p.kind(), p.title(), p.description(), p.ownerName(), p.status(), since,
                p.createdAt(), proposals.themeIds(p.id()).stream().map(themeNames::get).filter(n -> n != null).toList(),
                proposals.organisations(p.id()), decisions, mayDecide, others,
                mayDecide ? choices.organisations(table.regionSlug()) : List.of());
    }

    /** The proposal when it is one of this leertafel's; another table's id is hidden like an unknown one. */
    private StoredProposal ofTable(CurrentUser user, LeertafelRef table, long proposalId, String action) {
        return proposals.find(proposalId)
                .filter(p -> p.regionSlug().equals(table.regionSlug()) && p.tableCode().equals(table.code()))
                .orElseThrow(() -> access.hiddenProposal(user, proposalId, action));
    }

    List<ProposalRow> withThemes(LeertafelRef table, List<ProposalRow> rows) {
        Map<Long, String> names = choices.themeNames(table.regionSlug());
        Map<Long, List<Long>> themeIds = proposals.themeIdsOf(rows.stream().map(ProposalRow::id).toList());
        return rows.stream().map(r -> new ProposalRow(r.id(), r.kind(), r.title(), r.status(), r.statusSince(),
                r.ownerUserId(), r.ownerName(), themeIds.getOrDefault(r.id(), List.of()).stream().map(names::get)
                        .filter(n -> n != null).toList())).toList();
    }

    private static List<ProposalStatus> statuses(String filter) {
        if ("OPEN".equals(filter)) {
            return ProposalStatus.openStatuses();
        }
        return Arrays.stream(ProposalStatus.values()).filter(s -> s.name().equals(filter)).findFirst().map(List::of)
                .orElse(List.of(ProposalStatus.values()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }
}
