package nl.doorbraak.casefile.web;

import jakarta.validation.Valid;
import nl.doorbraak.casefile.internal.CaseFiles;
import nl.doorbraak.casefile.internal.CaseTransitionRefused;
import nl.doorbraak.casefile.internal.CaseView;
import nl.doorbraak.casefile.internal.InputRefused;
import nl.doorbraak.casefile.internal.ResubmissionService;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Teruggestuurd met advies" is not a dead end: the referrer amends the returned referral on the referral form, with
 * the advice above it, and submits it again for a new vooroverleg round on the same case.
 */
@Controller
@RequestMapping("/aanmeldingen/{id}/opnieuw")
class ResubmissionController {

    private final ResubmissionService resubmissions;
    private final CaseFiles caseFiles;
    private final ReferralFormOptions options;
    private final WebSupport web;

    ResubmissionController(ResubmissionService resubmissions, CaseFiles caseFiles, ReferralFormOptions options,
            WebSupport web) {
        this.resubmissions = resubmissions;
        this.caseFiles = caseFiles;
        this.options = options;
        this.web = web;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        CaseView view = caseFiles.view(WebSupport.userWithAnyRole(Role.VERWIJZER, Role.COORDINATOR), id);
        if (!view.mayResubmit()) {
            return "redirect:/casussen/" + id;
        }
        model.addAttribute("advice", view.latestAdvice().orElse(null));
        return show(ReferralForm.of(view.details(), view.guardians(), view.consent().orElse(null)), id, model);
    }

    @PostMapping
    String resubmit(@PathVariable long id, @Valid ReferralForm referralForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = WebSupport.userWithAnyRole(Role.VERWIJZER, Role.COORDINATOR);
        try {
            model.addAttribute("advice", resubmissions.adviceForAmendment(user, id).orElse(null));
            if (binding.hasErrors()) {
                WebSupport.addProblems(binding, resubmissions.problemsOf(id, referralForm.toInput()));
                return show(referralForm, id, model);
            }
            resubmissions.resubmit(user, id, referralForm.getVersion(), referralForm.toInput());
            web.success(redirect, "resubmission.done");
            return "redirect:/casussen/" + id;
        } catch (InputRefused refused) {
            WebSupport.addProblems(binding, refused.problems());
        } catch (OptimisticLockingFailureException conflict) {
            binding.reject("referral.changedMeanwhile");
        } catch (CaseTransitionRefused refused) {
            binding.reject(refused.messageKey());
        }
        return show(referralForm, id, model);
    }

    private String show(ReferralForm form, long id, Model model) {
        model.addAttribute("referralForm", form);
        model.addAttribute("caseId", id);
        model.addAttribute("resubmission", true);
        options.addTo(model, WebSupport.user());
        return "casefile/referral";
    }
}
