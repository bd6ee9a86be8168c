package nl.doorbraak.leertafel.internal;

import java.util.List;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.ClosedCase;
import nl.doorbraak.casefile.ClosedCaseFacts;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.leertafel.LeertafelHidden;
import nl.doorbraak.themes.ThemeTagging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator offers a closed case to the region's leertafel. The structured fields come from the case, in bands;
 * the coordinator's free text is checked against the case's own names and places as well. The leertafelcasus keeps
 * nothing that leads back: the case's timeline and audit say that it was offered, not as which item.
 */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, LeertafelHidden.class, LeertafelCaseRefused.class})
public class CaseOfferService {

    static final String READ = "CASUS_BEKEKEN";

    private final ClosedCaseFacts closedCases;
    private final LeertafelTables tables;
    private final LeertafelAccess access;
    private final LeertafelCaseService cases;
    private final ThemeTagging tagging;

    CaseOfferService(ClosedCaseFacts closedCases, LeertafelTables tables, LeertafelAccess access,
            LeertafelCaseService cases, ThemeTagging tagging) {
        this.tagging = tagging;
        this.closedCases = closedCases;
        this.tables = tables;
        this.access = access;
        this.cases = cases;
    }

    public CaseOffer page(CurrentUser coordinator, long caseId) {
        ClosedCase closed = closedCases.closed(coordinator, caseId, READ);
        LeertafelTable table = tableFor(coordinator, closed);
        java.util.Set<Long> knelpunten = tagging.ofCase(caseId).stream().map(nl.doorbraak.themes.Theme::id)
                .collect(java.util.stream.Collectors.toSet());
        return new CaseOffer(caseId, table, CaseOfferGeneralisation.of(closed, knelpunten), cases.themeChoices(table));
    }

    /** Stores the leertafelcasus (a draft, or submitted) and returns its table and id; the case only learns it was offered. */
    public Offered offer(CurrentUser coordinator, long caseId, LeertafelCaseDraft typed,
            List<LeertafelCaseMarking> markings, boolean submit) {
        ClosedCase closed = closedCases.closed(coordinator, caseId, READ);
        LeertafelTable table = tableFor(coordinator, closed);
        LeertafelCaseDraft draft = CaseOfferGeneralisation.fill(typed, CaseOfferGeneralisation.of(closed));
        long id = cases.offer(coordinator, table, draft, markings, submit, closed.identifiers());
        closedCases.recordOfferedToLeertafel(coordinator, caseId);
        return new Offered(table, id);
    }

    private LeertafelTable tableFor(CurrentUser coordinator, ClosedCase closed) {
        return tables.ofRegion(closed.regionSlug()).stream().filter(t -> access.manages(coordinator, t)).findFirst()
                .orElseThrow(() -> access.hidden(coordinator, "CASUS", closed.caseId(), "CASUS_AANGEBODEN_AAN_LEERTAFEL"));
    }

    /** Where the offered case went: its own page, without the source case. */
    public record Offered(LeertafelTable table, long leertafelCaseId) {
    }
}
