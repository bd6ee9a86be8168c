package nl.doorbraak.casefile.web;

import nl.doorbraak.casefile.internal.CaseTransitionRefused;
import nl.doorbraak.casefile.internal.DuplicateDecision;
import nl.doorbraak.casefile.internal.PossibleDuplicates;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator decides on a possible duplicate from the case page: the same youth, or not. */
@Controller
class DuplicateController {

    private final PossibleDuplicates duplicates;
    private final WebSupport web;

    DuplicateController(PossibleDuplicates duplicates, WebSupport web) {
        this.duplicates = duplicates;
        this.web = web;
    }

    @PostMapping("/casussen/{id}/mogelijk-dubbel/{pairId}")
    String decide(@PathVariable long id, @PathVariable long pairId,
            @RequestParam(name = "besluit", required = false) DuplicateDecision decision, RedirectAttributes redirect) {
        try {
            duplicates.decide(WebSupport.user(), id, pairId, decision);
            web.success(redirect, "duplicates.saved");
        } catch (CaseTransitionRefused refused) {
            web.error(redirect, refused.messageKey());
        }
        return "redirect:/casussen/" + id;
    }
}
