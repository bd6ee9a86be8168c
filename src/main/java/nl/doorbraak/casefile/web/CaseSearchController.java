package nl.doorbraak.casefile.web;

import nl.doorbraak.casefile.internal.CaseSearch;
import nl.doorbraak.casefile.internal.CaseSearchTerm;
import nl.doorbraak.casefile.internal.InputRefused;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Searching Casussen. A POST that answers with the results, not a redirect: the term may hold a name or a date of
 * birth, and must not travel in a URL (nor rest in the session). htmx asks for the results alone as one types.
 */
@Controller
class CaseSearchController {

    private final CaseSearch search;

    CaseSearchController(CaseSearch search) {
        this.search = search;
    }

    @PostMapping("/casussen/zoeken")
    String search(@ModelAttribute("searchForm") CaseSearchForm form, BindingResult binding,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser user = WebSupport.userWithAnyRole(Role.COORDINATOR, Role.VOORZITTER);
        boolean live = "true".equals(htmx);
        if (live && (form.getZoekterm() == null || form.getZoekterm().isBlank())) {
            return "casefile/search :: results";
        }
        try {
            CaseSearchTerm term = CaseSearchTerm.parse(form.getZoekterm());
            model.addAttribute("results", search.search(user, term, form.getPagina(), CaseController.PAGE_SIZE));
        } catch (InputRefused refused) {
            WebSupport.addProblems(binding, refused.problems());
        }
        return live ? "casefile/search :: results" : "casefile/search";
    }
}
