package nl.doorbraak.leertafel.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.leertafel.internal.LeertafelCaseRefused;
import nl.doorbraak.leertafel.internal.LeertafelCaseService;
import nl.doorbraak.leertafel.internal.LeertafelCaseView;
import nl.doorbraak.leertafel.internal.LeertafelTable;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * A table's leertafelcasussen: the list, a member's new case, the author's draft, and the case page. Nothing is
 * stored before the identifier check passed; the form then comes back with what was typed and the hits in place.
 */
@Controller
@RequestMapping("/leertafels/{regio}/{tafel}/casussen")
class LeertafelCaseController {

    private final LeertafelCaseService cases;
    private final CaseFormPage page;

    LeertafelCaseController(LeertafelCaseService cases, CaseFormPage page) {
        this.cases = cases;
        this.page = page;
    }

    @InitBinder("leertafelCaseForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields(LeertafelCaseForm.FIELDS);
    }

    @GetMapping
    String list(@PathVariable String regio, @PathVariable String tafel, Model model) {
        CurrentUser user = CurrentUsers.get();
        model.addAttribute("items", cases.list(user, regio, tafel));
        model.addAttribute("table", page.table(user, regio, tafel));
        model.addAttribute("mayWrite", page.mayWrite(user, regio, tafel));
        return "leertafel/cases";
    }

    @GetMapping("/nieuw")
    String newCase(@PathVariable String regio, @PathVariable String tafel, Model model) {
        LeertafelTable table = cases.forNewCase(CurrentUsers.get(), regio, tafel, "LEERTAFEL_CASUS_OPGESLAGEN");
        return page.form(model, table, null, new LeertafelCaseForm(), null);
    }

    @PostMapping
    String create(@PathVariable String regio, @PathVariable String tafel,
            @Valid LeertafelCaseForm leertafelCaseForm, BindingResult binding,
            @RequestParam(defaultValue = "") String actie, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        LeertafelCaseForm form = leertafelCaseForm;
        boolean submit = CaseFormPage.SUBMIT.equals(actie);
        LeertafelTable table = cases.forNewCase(user, regio, tafel, submit ? "LEERTAFEL_CASUS_INGEDIEND"
                : "LEERTAFEL_CASUS_OPGESLAGEN");
        if (page.onlyLines(form, actie) || !page.valid(form, binding, submit)) {
            return page.form(model, table, null, form, binding);
        }
        try {
            long id = cases.create(user, regio, tafel, form.toDraft(), form.said(), submit);
            page.flash(redirect, submit ? "leertafelcasus.submitted" : "leertafelcasus.draftSaved");
            return "redirect:" + table.path() + "/casussen/" + id;
        } catch (LeertafelCaseRefused refused) {
            page.refused(form, binding, refused);
            return page.form(model, table, null, form, binding);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id, Model model) {
        LeertafelCaseView view = cases.view(CurrentUsers.get(), regio, tafel, id);
        if (view.mayEdit()) {
            return page.draft(model, view);
        }
        model.addAttribute("view", view);
        model.addAttribute("themes", cases.themesOf(view.row()));
        return "leertafel/case";
    }

    @PostMapping("/{id}")
    String update(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            @Valid LeertafelCaseForm leertafelCaseForm, BindingResult binding,
            @RequestParam(defaultValue = "") String actie, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        LeertafelCaseForm form = leertafelCaseForm;
        boolean submit = CaseFormPage.SUBMIT.equals(actie);
        LeertafelTable table = page.table(user, regio, tafel, submit ? "LEERTAFEL_CASUS_INGEDIEND"
                : "LEERTAFEL_CASUS_OPGESLAGEN");
        if (page.onlyLines(form, actie) || !page.valid(form, binding, submit)) {
            cases.requireOwnDraft(user, regio, tafel, id, submit);
            return page.form(model, table, id, form, binding);
        }
        try {
            cases.update(user, regio, tafel, id, form.getVersion(), form.toDraft(), form.said(), submit);
            page.flash(redirect, submit ? "leertafelcasus.submitted" : "leertafelcasus.draftSaved");
            return "redirect:" + table.path() + "/casussen/" + id;
        } catch (LeertafelCaseRefused refused) {
            page.refused(form, binding, refused);
        } catch (OptimisticLockingFailureException conflict) {
            binding.reject("leertafelcasus.changedMeanwhile");
        }
        return page.form(model, table, id, form, binding);
    }
}
