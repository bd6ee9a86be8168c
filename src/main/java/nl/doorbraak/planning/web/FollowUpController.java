package nl.doorbraak.planning.web;

import jakarta.validation.Valid;
import nl.doorbraak.casefile.CaseAwaitingTable;
import nl.doorbraak.planning.internal.FollowUpPlanner;
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

/** Planning a follow-up meeting (vervolgoverleg) for a running case, with the same form as a first table. */
@Controller
@RequestMapping("/planning/casussen/{caseId}/vervolgoverleg")
class FollowUpController {

    private final PlanningOverview overview;
    private final FollowUpPlanner planner;
    private final PlanningWeb web;

    FollowUpController(PlanningOverview overview, FollowUpPlanner planner, PlanningWeb web) {
        this.overview = overview;
        this.planner = planner;
        this.web = web;
    }

    @GetMapping
    String form(@PathVariable long caseId, Model model) {
        return show(caseId, null, model);
    }

    @PostMapping
    String plan(@PathVariable long caseId, @Valid PlanCaseForm planCaseForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return web.plan(binding, redirect, "planning.followUp.planned",
                () -> planner.plan(PlanningWeb.coordinator(), planCaseForm.toRequest(caseId)),
                () -> show(caseId, planCaseForm, model));
    }

    /** A fresh form ({@code form} null) starts in the table's time slot; a form sent back keeps what was typed. */
    private String show(long caseId, PlanCaseForm form, Model model) {
        CaseAwaitingTable running = planner.running(PlanningWeb.coordinator(), caseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PlanCaseForm shown = form != null ? form : PlanCaseForm.inSlot(overview.defaultSlot(running.regionSlug()));
        if (shown.getDate() == null) {
            planner.proposedDate(caseId).ifPresent(shown::setDate);
        }
        model.addAttribute("running", running);
        model.addAttribute("proposed", planner.proposedParticipants(caseId));
        model.addAttribute("tables", overview.tables(running.regionSlug()));
        model.addAttribute("regionSlug", running.regionSlug());
        model.addAttribute("planCaseForm", shown);
        return "planning/follow-up";
    }
}
