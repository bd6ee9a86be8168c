package nl.doorbraak.leertafel.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.leertafel.internal.CaseOffer;
import nl.doorbraak.leertafel.internal.CaseOfferService;
import nl.doorbraak.leertafel.internal.LeertafelCaseRefused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Offering a closed case to the leertafel, by a coordinator, from the case's page. After saving, the browser goes to
 * the leertafelcasus and nothing on the way there names the source case.
 */
@Controller
@RequestMapping("/casussen/{caseId}/leertafel")
class CaseOfferController {

    private final CaseOfferService offers;
    private final CaseFormPage page;

    CaseOfferController(CaseOfferService offers, CaseFormPage page) {
        this.offers = offers;
        this.page = page;
    }

    /** The structured fields come from the case; what the form may set is the text, the knelpunten and missing bands. */
    @InitBinder("leertafelCaseForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields(LeertafelCaseForm.FIELDS);
    }

    @GetMapping
    String form(@PathVariable long caseId, Model model) {
        CaseOffer offer = offers.page(coordinator(), caseId);
        LeertafelCaseForm form = new LeertafelCaseForm();
        form.setThemeIds(new java.util.LinkedHashSet<>(offer.generalised().themeIds()));
        return show(model, offer, form);
    }

    @PostMapping
    String offer(@PathVariable long caseId, @Valid LeertafelCaseForm leertafelCaseForm, BindingResult binding,
            @RequestParam(defaultValue = "") String actie, Model model, RedirectAttributes redirect) {
        CurrentUser user = coordinator();
        LeertafelCaseForm form = leertafelCaseForm;
        boolean submit = CaseFormPage.SUBMIT.equals(actie);
        if (page.onlyLines(form, actie) || !page.valid(form, binding, false)) {
            return show(model, offers.page(user, caseId), form);
        }
        try {
            CaseOfferService.Offered offered = offers.offer(user, caseId, form.toDraft(), form.said(), submit);
            page.flash(redirect, submit ? "leertafelcasus.offered" : "leertafelcasus.offeredDraft");
            return "redirect:" + offered.table().path() + "/casussen/" + offered.leertafelCaseId();
        } catch (LeertafelCaseRefused refused) {
            page.refused(form, binding, refused);
        }
        return show(model, offers.page(user, caseId), form);
    }

    private String show(Model model, CaseOffer offer, LeertafelCaseForm form) {
        page.form(model, offer.table(), null, form, null);
        model.addAttribute("offer", offer);
        model.addAttribute("formAction", "/casussen/" + offer.caseId() + "/leertafel");
        return "leertafel/offer";
    }

    /** Whether the user coordinates the closed case is the casefile module's rule: anyone else gets not found. */
    private static CurrentUser coordinator() {
        return CurrentUsers.get();
    }
}
