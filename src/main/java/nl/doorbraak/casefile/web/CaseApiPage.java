package nl.doorbraak.casefile.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.doorbraak.casefile.internal.CasePage;

/** One page of the API's case list; the total is counted up to a cap, like the HTML list. */
@Schema(description = "Een pagina casussen, nieuwste eerst.")
record CaseApiPage(
        List<CaseApiSummary> items,
        @Schema(description = "Paginanummer, vanaf 0.", example = "0") int pagina,
        @Schema(description = "Aantal casussen per pagina.", example = "25") int grootte,
        @Schema(description = "Aantal casussen in totaal, geteld tot 1000.", example = "37") long totaal,
        @Schema(description = "true als er meer dan 'totaal' casussen zijn (de telling stopt bij 1000).")
        boolean totaalAfgekapt) {

    static CaseApiPage of(CasePage page) {
        return new CaseApiPage(page.items().stream().map(CaseApiSummary::of).toList(), page.page(), page.pageSize(),
                page.count(), page.countCapped());
    }
}
