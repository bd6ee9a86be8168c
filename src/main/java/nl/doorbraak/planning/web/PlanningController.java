package nl.doorbraak.planning.web;

import jakarta.validation.Valid;
import nl.doorbraak.casefile.CaseAwaitingTable;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.internal.CasePlanner;
import nl.doorbraak.planning.internal.PlanningOverview;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's planning: the tables, their meetings and the admitted cases, and putting a case on a meeting. */
@Controller
@RequestMapping("/planning")
class PlanningController {

    private final PlanningOverview overview;
    private final CasePlanner planner;
    private final PlanningWeb web;

    PlanningController(PlanningOverview overview, CasePlanner planner, PlanningWeb web) {
        this.overview = overview;
        this.planner = planner;
        this.web = web;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("regions", overview.of(PlanningWeb.coordinator()));
        return "planning/overview";
    }

    @GetMapping("/casussen/{caseId}")
    String form(@PathVariable long caseId, Model model) {
        return show(caseId, null, model);
    }

    @PostMapping("/casussen/{caseId}")
    String plan(@PathVariable long caseId, @Valid PlanCaseForm planCaseForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = PlanningWeb.coordinator();
        return web.plan(binding, redirect, "planning.planned", () -> planner.plan(user, planCaseForm.toRequest(caseId)),
                () -> show(caseId, planCaseForm, model));
    }

    private String show(long caseId, PlanCaseForm form, Model model) {
        CaseAwaitingTable admitted = planner.awaiting(PlanningWeb.coordinator(), caseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("admitted", admitted);
        model.addAttribute("tables", overview.tables(admitted.regionSlug()));
        model.addAttribute("regionSlug", admitted.regionSlug());
        // a fresh form starts in the table's time slot; a form sent back keeps what was typed
        model.addAttribute("planCaseForm", form != null ? form
                : PlanCaseForm.inSlot(overview.defaultSlot(admitted.regionSlug())));
        return "planning/plan";
    }
}
