package nl.doorbraak.casefile.web;

import jakarta.validation.Valid;
import nl.doorbraak.casefile.internal.CaseFiles;
import nl.doorbraak.casefile.internal.CaseTransitionRefused;
import nl.doorbraak.casefile.internal.CaseView;
import nl.doorbraak.casefile.internal.InputRefused;
import nl.doorbraak.casefile.internal.ReferralLimitReached;
import nl.doorbraak.casefile.internal.ReferralService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral form: save as draft, or submit after consent. Whether the youth already has an open case is for the
 * coordinators to check: the answer to the referrer is the same either way.
 */
@Controller
@RequestMapping("/aanmeldingen")
class ReferralController {

    static final String SUBMIT = "indienen";

    private final ReferralService referrals;
    private final CaseFiles caseFiles;
    private final ReferralFormOptions options;
    private final WebSupport web;

    ReferralController(ReferralService referrals, CaseFiles caseFiles, ReferralFormOptions options, WebSupport web) {
        this.referrals = referrals;
        this.caseFiles = caseFiles;
        this.options = options;
        this.web = web;
    }

    /** A new referral; {@code eerder} starts it from an earlier case about the same youth, which it will point to. */
    @GetMapping("/nieuw")
    String newReferral(@RequestParam(name = "eerder", required = false) Long earlierCaseId, Model model) {
        CurrentUser user = WebSupport.userWithAnyRole(Role.VERWIJZER, Role.COORDINATOR);
        if (earlierCaseId == null) {
            return show(options.prefilled(user), null, model);
        }
        CaseView earlier = caseFiles.view(user, earlierCaseId);
        if (!earlier.mayContinue()) {
            return "redirect:/casussen/" + earlierCaseId;
        }
        return show(ReferralForm.continuing(earlier, options.prefilled(user)), null, model);
    }

    @GetMapping("/{id}")
    String draft(@PathVariable long id, Model model) {
        CaseView view = caseFiles.view(WebSupport.userWithAnyRole(Role.VERWIJZER, Role.COORDINATOR), id);
        if (!view.mayEditDraft()) {
            return "redirect:/casussen/" + id;
        }
        return show(ReferralForm.of(view.details(), view.guardians(), view.consent().orElse(null)), id, model);
    }

    @PostMapping
    String create(@Valid ReferralForm referralForm, BindingResult binding, @RequestParam(defaultValue = "") String actie,
            Model model, RedirectAttributes redirect) {
        return handle(null, referralForm, binding, actie, model, redirect);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid ReferralForm referralForm, BindingResult binding,
            @RequestParam(defaultValue = "") String actie, Model model, RedirectAttributes redirect) {
        return handle(id, referralForm, binding, actie, model, redirect);
    }

    private String handle(Long id, ReferralForm form, BindingResult binding, String action, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = WebSupport.userWithAnyRole(Role.VERWIJZER, Role.COORDINATOR);
        try {
            if (id != null) {
                referrals.requireOwnDraft(user, id);
            }
            if (binding.hasErrors()) {
                WebSupport.addProblems(binding, referrals.problemsOf(user, form.getRegionSlug(), id, form.toInput(),
                        SUBMIT.equals(action)));
                return show(form, id, model);
            }
            return SUBMIT.equals(action) ? submit(user, id, form, redirect) : saveDraft(user, id, form, redirect);
        } catch (InputRefused refused) {
            WebSupport.addProblems(binding, refused.problems());
        } catch (OptimisticLockingFailureException conflict) {
            binding.reject("referral.changedMeanwhile");
        } catch (CaseTransitionRefused refused) {
            binding.reject(refused.messageKey());
        } catch (ReferralLimitReached limit) {
            binding.reject(limit.messageKey());
        }
        return show(form, id, model);
    }

    private String submit(CurrentUser user, Long id, ReferralForm form, RedirectAttributes redirect) {
        long caseId = referrals.submit(user, form.getRegionSlug(), id, form.getVersion(), form.toInput(),
                form.getEarlierCaseId());
        web.success(redirect, "referral.submitted");
        return "redirect:/casussen/" + caseId;
    }

    private String saveDraft(CurrentUser user, Long id, ReferralForm form, RedirectAttributes redirect) {
        long caseId = referrals.saveDraft(user, form.getRegionSlug(), id, form.getVersion(), form.toInput(),
                form.getEarlierCaseId());
        web.success(redirect, "referral.draftSaved");
        return "redirect:/aanmeldingen/" + caseId;
    }

    private String show(ReferralForm form, Long id, Model model) {
        model.addAttribute("referralForm", form);
        model.addAttribute("caseId", id);
        options.addTo(model, WebSupport.user());
        return "casefile/referral";
    }
}
