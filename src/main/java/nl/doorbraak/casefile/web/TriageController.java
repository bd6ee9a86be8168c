package nl.doorbraak.casefile.web;

import java.util.Optional;

import jakarta.validation.Valid;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.internal.CaseFiles;
import nl.doorbraak.casefile.internal.CaseTransitionRefused;
import nl.doorbraak.casefile.internal.CaseView;
import nl.doorbraak.casefile.internal.InputRefused;
import nl.doorbraak.casefile.internal.PossibleDuplicates;
import nl.doorbraak.casefile.internal.TriageChoice;
import nl.doorbraak.casefile.internal.TriageService;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vooroverleg: the queue of new referrals and one decider's decision with the werkwijze's checklist. */
@Controller
@RequestMapping("/vooroverleg")
class TriageController {

    private static final int PAGE_SIZE = 100;

    private final CaseFiles caseFiles;
    private final TriageService triage;
    private final PossibleDuplicates duplicates;
    private final Werkwijzen werkwijzen;
    private final WebSupport web;

    TriageController(CaseFiles caseFiles, TriageService triage, PossibleDuplicates duplicates, Werkwijzen werkwijzen,
            WebSupport web) {
        this.caseFiles = caseFiles;
        this.triage = triage;
        this.duplicates = duplicates;
        this.werkwijzen = werkwijzen;
        this.web = web;
    }

    @GetMapping
    String queue(@RequestParam(required = false) String intakepunt, @RequestParam(defaultValue = "0") int pagina,
            Model model) {
        model.addAttribute("queue", caseFiles.awaitingTriage(WebSupport.userWithAnyRole(Role.COORDINATOR), intakepunt,
                pagina, PAGE_SIZE));
        return "casefile/triage-queue";
    }

    @GetMapping("/{id}")
    String form(@PathVariable long id, Model model) {
        return show(id, new TriageForm(), model);
    }

    @PostMapping("/{id}")
    String decide(@PathVariable long id, @Valid TriageForm triageForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = WebSupport.userWithAnyRole(Role.COORDINATOR);
        if (!binding.hasErrors()) {
            try {
                Optional<CaseStatus> outcome = triage.decide(user, id, triageForm.toInput());
                web.success(redirect, outcome.map(s -> "triage.decided." + s).orElse("triage.decided.waiting"));
                return "redirect:/casussen/" + id;
            } catch (InputRefused refused) {
                WebSupport.addProblems(binding, refused.problems());
            } catch (CaseTransitionRefused refused) {
                web.error(redirect, refused.messageKey());
                return "redirect:/casussen/" + id;
            }
        }
        return show(id, triageForm, model);
    }

    private String show(long id, TriageForm form, Model model) {
        CurrentUser user = WebSupport.userWithAnyRole(Role.COORDINATOR);
        CaseView view = caseFiles.view(user, id);
        if (!view.mayTriage()) {
            return "redirect:/casussen/" + id;
        }
        model.addAttribute("view", view);
        model.addAttribute("mayDecide", triage.mayDecide(user, view.details().regionSlug()));
        model.addAttribute("duplicates", duplicates.panel(WebSupport.user(), id));
        model.addAttribute("admission", werkwijzen.get(view.details().regionSlug()).admission());
        model.addAttribute("triageForm", form);
        model.addAttribute("choiceOptions", TriageChoice.values());
        return "casefile/triage";
    }
}
