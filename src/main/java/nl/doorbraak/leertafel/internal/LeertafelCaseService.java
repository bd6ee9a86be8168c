package nl.doorbraak.leertafel.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.common.DutchTime;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.leertafel.LeertafelHidden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reading leertafelcasussen. Every free text passes the identifier check before anything is stored, a
 * draft too: with a hit that is not marked as no personal data (with a reason) nothing is written but one audit row
 * with counts per kind. Reads and changes are audited; outsiders get not found with a DENIED row.
 */
@Service
@Transactional(noRollbackFor = {LeertafelHidden.class, LeertafelCaseRefused.class})
public class LeertafelCaseService {

    static final String OBJECT = "LEERTAFELCASUS";

    private final LeertafelAccess access;
    private final LeertafelCaseStore store;
    private final LeertafelCaseQueries queries;
    private final SessionPreparation preparation;
    private final LeertafelCaseCheck check;
    private final LeertafelCaseThemes themes;
    private final AuditLog audit;
    private final Clock clock;

    LeertafelCaseService(LeertafelAccess access, LeertafelCaseStore store, LeertafelCaseQueries queries,
            SessionPreparation preparation, LeertafelCaseCheck check, LeertafelCaseThemes themes, AuditLog audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.queries = queries;
        this.preparation = preparation;
        this.check = check;
        this.themes = themes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cases of the table this user may see; the read is audited. */
    public List<LeertafelCaseListItem> list(CurrentUser user, String region, String tableCode) {
        LeertafelTable table = access.table(user, region, tableCode, "LEERTAFEL_CASUSSEN_BEKEKEN");
        boolean all = access.manages(user, table) || access.chairs(user, table);
        List<LeertafelCaseListItem> items = queries.visible(table, user.id(), all, access.isMember(user, table), now());
        audit.record(AuditEvent.of("LEERTAFEL_CASUSSEN_BEKEKEN", "LEERTAFEL", table.regionSlug() + "/" + table.code())
                .withActor(user.username()).withDetails("casussen: " + items.size()));
        return items;
    }

    /** Whether this user may start a new case at the table: its current members. */
    public LeertafelTable forNewCase(CurrentUser user, String region, String tableCode, String action) {
        LeertafelTable table = access.table(user, region, tableCode, action);
        if (!access.isMember(user, table)) {
            throw access.hidden(user, "LEERTAFEL", region + "/" + tableCode, action);
        }
        return table;
    }

    /** One case as this viewer may see it; the read is audited. */
    public LeertafelCaseView view(CurrentUser user, String region, String tableCode, long id) {
        String action = "LEERTAFEL_CASUS_BEKEKEN";
        LeertafelTable table = access.table(user, region, tableCode, action);
        LeertafelCaseRow row = visibleRow(user, table, id, action);
        LeertafelCaseRules.Audience audience = audience(user, table, row);
        audit.record(AuditEvent.of(action, OBJECT, id).withActor(user.username()));
        return new LeertafelCaseView(table, row, queries.sessionsOf(id),
                LeertafelCaseRules.mayEdit(row.submitted(), audience), LeertafelCaseRules.seesOverrides(audience),
                audience.author() || LeertafelCaseRules.seesOverrides(audience));
    }

    /** The themes (knelpunten) of a case the caller has read. */
    public List<nl.doorbraak.themes.Theme> themesOf(LeertafelCaseRow row) {
        return themes.of(row.id(), row.regionSlug(), row.submitted());
    }

    /** The region's knelpunten an author may pick. */
    public List<nl.doorbraak.themes.Theme> themeChoices(LeertafelTable table) {
        return themes.choices(table.regionSlug());
    }

    /** The hits the check finds in this text now, for a form that shows its other problems first; nothing is stored. */
    public List<LeertafelCaseHit> hitsOf(LeertafelCaseDraft draft) {
        return check.hits(draft, List.of());
    }

    /** A member's new case; returns its id. */
    public long create(CurrentUser user, String region, String tableCode, LeertafelCaseDraft draft,
            List<LeertafelCaseMarking> markings, boolean submit) {
        String action = action(submit);
        LeertafelTable table = forNewCase(user, region, tableCode, action);
        LeertafelCaseJudgement judgement = judge(user, table.regionSlug() + "/" + table.code(), draft, markings,
                submit, List.of());
        return insert(user, table, "LID", draft, judgement, submit);
    }

    /** Refuses (not found, audited) unless this is the user's own draft: before a form with problems is shown again. */
    public void requireOwnDraft(CurrentUser user, String region, String tableCode, long id, boolean submit) {
        String action = action(submit);
        LeertafelTable table = access.table(user, region, tableCode, action);
        LeertafelCaseRow row = visibleRow(user, table, id, action);
        if (!LeertafelCaseRules.mayEdit(row.submitted(), audience(user, table, row))) {
            throw access.hidden(user, OBJECT, id, action);
        }
    }

    /** The author's own draft changed, or submitted. */
    public void update(CurrentUser user, String region, String tableCode, long id, int version,
            LeertafelCaseDraft draft, List<LeertafelCaseMarking> markings, boolean submit) {
        String action = action(submit);
        LeertafelTable table = access.table(user, region, tableCode, action);
        LeertafelCaseRow row = visibleRow(user, table, id, action);
        if (!LeertafelCaseRules.mayEdit(row.submitted(), audience(user, table, row))) {
            throw access.hidden(user, OBJECT, id, action);
        }
        LeertafelCaseJudgement judgement = judge(user, id, draft, markings, submit, List.of());
        Instant now = clock.instant();
        store.update(id, version, draft, submit, now);
        saved(user, table, id, draft, judgement, submit, row.overrides().size(), now);
    }

    /**
     * A case offered by a coordinator from a closed case: checked against the case's own identifiers too, stored with
     * origin AFGESLOTEN_CASUS and nothing that leads back to it.
     */
    long offer(CurrentUser coordinator, LeertafelTable table, LeertafelCaseDraft draft,
            List<LeertafelCaseMarking> markings, boolean submit, List<String> alsoIdentifying) {
        LeertafelCaseJudgement judgement = judge(coordinator, table.regionSlug() + "/" + table.code(), draft, markings,
                submit, alsoIdentifying);
        return insert(coordinator, table, "AFGESLOTEN_CASUS", draft, judgement, submit);
    }

    /** The hits of a stored draft with the author's markings, for its edit form. */
    public List<LeertafelCaseMarking> storedMarkings(LeertafelCaseRow row, List<LeertafelCaseHit> hits) {
        return hits.stream().flatMap(hit -> row.overrides().stream()
                .filter(o -> o.field().equals(hit.field().name()) && o.kind().equals(hit.kind())
                        && o.phrase().equals(hit.phrase()))
                .limit(1).map(o -> new LeertafelCaseMarking(hit.field(), hit.line(), hit.kind(), hit.phrase(),
                        o.reason())))
                .toList();
    }

    private long insert(CurrentUser user, LeertafelTable table, String origin, LeertafelCaseDraft draft,
            LeertafelCaseJudgement judgement, boolean submit) {
        Instant now = clock.instant();
        long id = store.insert(table, origin, user.id(), draft, submit, now);
        saved(user, table, id, draft, judgement, submit, 0, now);
        return id;
    }

    private void saved(CurrentUser user, LeertafelTable table, long id, LeertafelCaseDraft draft,
            LeertafelCaseJudgement judgement, boolean submit, int markedBefore, Instant now) {
        store.replaceOverrides(id, judgement.accepted(), user.id(), now);
        themes.keep(id, table.regionSlug(), draft.themeIds(), submit, now, user);
        audit.record(AuditEvent.of(action(submit), OBJECT, id).withActor(user.username())
                .withDetails((submit ? "ingediend" : "concept") + "; interventies: " + draft.interventions().size()));
        if (!judgement.accepted().isEmpty()) {
            audit.record(AuditEvent.of("LEERTAFEL_CASUS_GEMARKEERD", OBJECT, id).withActor(user.username())
                    .withDetails("geen persoonsgegeven: " + LeertafelCaseJudgement.countsPerKind(
                            judgement.accepted().stream().map(LeertafelCaseMarking::kind).toList())
                            + (markedBefore > 0 ? "; eerder: " + markedBefore : "")));
        }
    }

    /** Runs the check; refuses (one audit row with counts per kind) when a hit stands or a submission is incomplete. */
    private LeertafelCaseJudgement judge(CurrentUser user, Object objectId, LeertafelCaseDraft draft,
            List<LeertafelCaseMarking> markings, boolean submit, List<String> alsoIdentifying) {
        List<LeertafelCaseHit> hits = check.hits(draft, alsoIdentifying);
        LeertafelCaseJudgement judgement = LeertafelCaseJudgement.of(hits, markings);
        List<String[]> missing = submit ? LeertafelCaseRules.missingForSubmission(draft) : List.of();
        if (!judgement.passes()) {
            List<String> kinds = java.util.stream.Stream.concat(judgement.unresolved().stream(),
                    judgement.withoutReason().stream()).map(LeertafelCaseHit::kind).toList();
            audit.record(AuditEvent.of("LEERTAFEL_CASUS_GEWEIGERD", objectId instanceof Long ? OBJECT : "LEERTAFEL",
                    objectId).withActor(user.username()).withOutcome(AuditOutcome.DENIED)
                    .withDetails("geweigerd: mogelijk persoonsgegevens; " + LeertafelCaseJudgement.countsPerKind(kinds)));
        }
        if (!judgement.passes() || !missing.isEmpty()) {
            throw new LeertafelCaseRefused(hits, judgement.unresolved(), judgement.withoutReason(), missing);
        }
        return judgement;
    }

    private LeertafelCaseRow visibleRow(CurrentUser user, LeertafelTable table, long id, String action) {
        return store.find(id)
                .filter(row -> row.regionSlug().equals(table.regionSlug()) && row.tableCode().equals(table.code()))
                .filter(row -> LeertafelCaseRules.maySee(row.submitted(), audience(user, table, row)))
                .orElseThrow(() -> access.hidden(user, OBJECT, id, action));
    }

    private LeertafelCaseRules.Audience audience(CurrentUser user, LeertafelTable table, LeertafelCaseRow row) {
        boolean member = access.isMember(user, table);
        return new LeertafelCaseRules.Audience(row.authorUserId() == user.id(), access.manages(user, table),
                access.chairs(user, table), member, member && preparation.caseVisibleToMembers(row.id(), now().toLocalDate()));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), DutchTime.ZONE);
    }

    private static String action(boolean submit) {
        return submit ? "LEERTAFEL_CASUS_INGEDIEND" : "LEERTAFEL_CASUS_OPGESLAGEN";
    }
}
