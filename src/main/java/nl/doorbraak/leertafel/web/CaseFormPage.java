package nl.doorbraak.leertafel.web;

import java.util.List;
import java.util.stream.Collectors;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.leertafel.internal.CaseTextField;
import nl.doorbraak.leertafel.internal.LeertafelAccess;
import nl.doorbraak.leertafel.internal.LeertafelCaseBands;
import nl.doorbraak.leertafel.internal.LeertafelCaseHit;
import nl.doorbraak.leertafel.internal.LeertafelCaseJudgement;
import nl.doorbraak.leertafel.internal.LeertafelCaseRefused;
import nl.doorbraak.leertafel.internal.LeertafelCaseRules;
import nl.doorbraak.leertafel.internal.LeertafelCaseService;
import nl.doorbraak.leertafel.internal.LeertafelCaseView;
import nl.doorbraak.leertafel.internal.LeertafelTable;
import nl.doorbraak.themes.Theme;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the case form and the offer form share: the lines of interventions without script, every problem in one
 * round (lengths, missing fields for a submission, and the hits of the check, each named at its field), and the model
 * the form template needs.
 */
@Component
class CaseFormPage {

    static final String SUBMIT = "indienen";
    static final String ADD_LINE = "regel-toevoegen";

    private final LeertafelCaseService cases;
    private final LeertafelAccess access;
    private final MessageSource messages;

    CaseFormPage(LeertafelCaseService cases, LeertafelAccess access, MessageSource messages) {
        this.cases = cases;
        this.access = access;
        this.messages = messages;
    }

    LeertafelTable table(CurrentUser user, String region, String tableCode) {
        return table(user, region, tableCode, "LEERTAFEL_CASUSSEN_BEKEKEN");
    }

    /** The table when the user reaches it; else not found, audited under {@code action}. */
    LeertafelTable table(CurrentUser user, String region, String tableCode, String action) {
        return access.table(user, region, tableCode, action);
    }

    boolean mayWrite(CurrentUser user, String region, String tableCode) {
        return access.isMember(user, table(user, region, tableCode));
    }

    /** "Regel toevoegen" only shows the form with one more line: nothing is checked or stored. */
    boolean onlyLines(LeertafelCaseForm form, String action) {
        if (ADD_LINE.equals(action)) {
            form.tidyInterventions(true);
            return true;
        }
        return false;
    }

    /** Lengths and, for a submission, completeness; with such problems the hits are shown too, all in one round. */
    boolean valid(LeertafelCaseForm form, BindingResult binding, boolean submit) {
        form.tidyInterventions(false);
        List<String> lines = form.getInterventions();
        for (int line = 0; line < lines.size(); line++) {
            if (lines.get(line).length() > 300) {
                binding.rejectValue("interventions[" + line + "]", "leertafelcasus.intervention.tooLong",
                        new Object[] {line + 1, lines.get(line).length()}, null);
            }
        }
        if (submit) {
            LeertafelCaseRules.missingForSubmission(form.toDraft())
                    .forEach(m -> nl.doorbraak.common.FormErrors.reject(binding, m[0], m[1]));
        }
        if (!binding.hasErrors()) {
            return true;
        }
        List<LeertafelCaseHit> hits = cases.hitsOf(form.toDraft());
        LeertafelCaseJudgement judgement = LeertafelCaseJudgement.of(hits, form.said());
        show(form, binding, hits, judgement.unresolved(), judgement.withoutReason());
        return false;
    }

    void refused(LeertafelCaseForm form, BindingResult binding, LeertafelCaseRefused refused) {
        refused.missing().forEach(m -> nl.doorbraak.common.FormErrors.reject(binding, m[0], m[1]));
        show(form, binding, refused.hits(), refused.unresolved(), refused.withoutReason());
    }

    /** The form of the author's own draft, with the hits the author marked before shown and kept. */
    String draft(Model model, LeertafelCaseView view) {
        LeertafelCaseForm form = LeertafelCaseForm.of(view.row(),
                cases.themesOf(view.row()).stream().map(Theme::id).collect(Collectors.toSet()));
        List<LeertafelCaseHit> hits = cases.hitsOf(form.toDraft());
        form.alignMarkings(hits, cases.storedMarkings(view.row(), hits));
        form.showHits(new CaseHitsView(hits, form.toDraft()));
        return form(model, view.table(), view.row().id(), form, null);
    }

    String form(Model model, LeertafelTable table, Long id, LeertafelCaseForm form, BindingResult binding) {
        if (form.getInterventions().isEmpty()
                || !form.getInterventions().get(form.getInterventions().size() - 1).isBlank()) {
            form.tidyInterventions(true);
        }
        model.addAttribute("leertafelCaseForm", form);
        model.addAttribute("table", table);
        model.addAttribute("caseId", id);
        model.addAttribute("formAction", table.path() + "/casussen" + (id == null ? "" : "/" + id));
        model.addAttribute("themeChoices", cases.themeChoices(table));
        bands(model);
        return "leertafel/case-form";
    }

    static void bands(Model model) {
        model.addAttribute("ageBands", LeertafelCaseBands.AGE);
        model.addAttribute("schoolTypes", LeertafelCaseBands.SCHOOL_TYPE);
        model.addAttribute("sectors", LeertafelCaseBands.SECTOR);
        model.addAttribute("outOfSchoolBands", LeertafelCaseBands.OUT_OF_SCHOOL);
        model.addAttribute("processBands", LeertafelCaseBands.PROCESS);
        model.addAttribute("outcomeTypes", LeertafelCaseBands.OUTCOME);
    }

    void flash(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }

    /** The hits in place and one problem per field that holds any, one per marking that lacks its reason. */
    private void show(LeertafelCaseForm form, BindingResult binding, List<LeertafelCaseHit> hits,
            List<LeertafelCaseHit> unresolved, List<LeertafelCaseHit> withoutReason) {
        form.alignMarkings(hits, form.said());
        form.showHits(new CaseHitsView(hits, form.toDraft()));
        for (CaseTextField field : CaseTextField.values()) {
            unresolved.stream().filter(h -> h.field() == field).collect(Collectors.groupingBy(LeertafelCaseHit::line))
                    .forEach((line, inField) -> binding.rejectValue(property(field, line), "leertafelcasus.hits",
                            new Object[] {inField.size()}, null));
        }
        for (LeertafelCaseHit hit : withoutReason) {
            binding.rejectValue("markings[" + hits.indexOf(hit) + "].reason", "leertafelcasus.markReason.required",
                    new Object[] {hits.indexOf(hit) + 1}, null);
        }
    }

    private static String property(CaseTextField field, int line) {
        return field == CaseTextField.INTERVENTIE ? "interventions[" + line + "]" : field.formField();
    }
}
