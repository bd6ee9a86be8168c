package nl.doorbraak.casefile.web;

import jakarta.validation.Valid;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.internal.CaseFiles;
import nl.doorbraak.casefile.internal.CaseFilter;
import nl.doorbraak.casefile.internal.CaseTransitionRefused;
import nl.doorbraak.casefile.internal.ClosureService;
import nl.doorbraak.casefile.internal.ConsentWithdrawalService;
import nl.doorbraak.casefile.internal.CoordinatorAssignment;
import nl.doorbraak.casefile.internal.InputRefused;
import nl.doorbraak.casefile.internal.PossibleDuplicates;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.organisation.SchoolType;

import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case lists and the case page, with the consent withdrawal and assigning the case to a coordinator. */
@Controller
class CaseController {

    static final int PAGE_SIZE = 25;

    private final CaseFiles caseFiles;
    private final ConsentWithdrawalService withdrawals;
    private final ClosureService closures;
    private final PossibleDuplicates duplicates;
    private final Werkwijzen werkwijzen;
    private final WebSupport web;
    private final CoordinatorAssignment assignment;

    CaseController(CaseFiles caseFiles, ConsentWithdrawalService withdrawals, ClosureService closures,
            PossibleDuplicates duplicates, Werkwijzen werkwijzen, WebSupport web, CoordinatorAssignment assignment) {
        this.assignment = assignment;
        this.caseFiles = caseFiles;
        this.withdrawals = withdrawals;
        this.closures = closures;
        this.duplicates = duplicates;
        this.werkwijzen = werkwijzen;
        this.web = web;
    }

    @GetMapping("/casussen")
    String regionCases(@RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) SchoolType schoolsoort,
            @RequestParam(defaultValue = "false") boolean teLaat, @RequestParam(defaultValue = "0") int pagina,
            Model model) {
        CurrentUser user = WebSupport.userWithAnyRole(Role.COORDINATOR, Role.VOORZITTER);
        CaseFilter filter = new CaseFilter(status, blankToNull(gemeente), schoolsoort, teLaat);
        model.addAttribute("filter", filter);
        model.addAttribute("searchForm", new CaseSearchForm());
        model.addAttribute("page", caseFiles.ofMyRegions(user, filter, pagina, PAGE_SIZE));
        model.addAttribute("statusOptions", CaseStatus.values());
        model.addAttribute("schoolTypeOptions", SchoolType.values());
        model.addAttribute("municipalityOptions", user.regionSlugs().stream().sorted().map(werkwijzen::find)
                .flatMap(java.util.Optional::stream).flatMap(w -> w.municipalities().stream()).distinct().toList());
        return "casefile/list";
    }

    @GetMapping("/mijn-casussen")
    String myCases(@RequestParam(defaultValue = "0") int pagina, Model model) {
        CurrentUser user = WebSupport.userWithAnyRole(Role.VERWIJZER, Role.DEELNEMER, Role.COORDINATOR);
        model.addAttribute("page", caseFiles.involvingMe(user, pagina, PAGE_SIZE));
        return "casefile/mine";
    }

    @GetMapping("/casussen/{id}")
    String show(@PathVariable long id, Model model) {
        if (!model.containsAttribute("withdrawalForm")) {
            model.addAttribute("withdrawalForm", new WithdrawalForm());
        }
        if (!model.containsAttribute("assignmentForm")) {
            model.addAttribute("assignmentForm", new AssignmentForm());
        }
        model.addAttribute("view", caseFiles.view(WebSupport.user(), id));
        model.addAttribute("closure", closures.panel(WebSupport.user(), id));
        model.addAttribute("duplicates", duplicates.panel(WebSupport.user(), id));
        return "casefile/case";
    }

    @PostMapping("/casussen/{id}/toestemming-ingetrokken")
    String withdrawConsent(@PathVariable long id, @Valid WithdrawalForm withdrawalForm, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!withdrawalForm.isConfirmed()) {
            binding.rejectValue("confirmed", "withdrawal.confirmed.required");
        }
        if (!binding.hasErrors()) {
            try {
                withdrawals.withdraw(WebSupport.user(), id, withdrawalForm.getWithdrawnOn(), withdrawalForm.getReason());
                web.success(redirect, "withdrawal.done");
                return "redirect:/casussen/" + id;
            } catch (InputRefused refused) {
                WebSupport.addProblems(binding, refused.problems());
            } catch (CaseTransitionRefused refused) {
                web.error(redirect, refused.messageKey());
                return "redirect:/casussen/" + id;
            }
        }
        return show(id, model);
    }

    @PostMapping("/casussen/{id}/coordinator")
    String assign(@PathVariable long id, AssignmentForm assignmentForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return show(id, model);
        }
        try {
            assignment.assign(WebSupport.user(), id, assignmentForm.getCoordinatorId());
            web.success(redirect, "assignment.done");
            return "redirect:/casussen/" + id;
        } catch (InputRefused refused) {
            WebSupport.addProblems(binding, refused.problems());
        } catch (CaseTransitionRefused refused) {
            web.error(redirect, refused.messageKey());
            return "redirect:/casussen/" + id;
        }
        return show(id, model);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
