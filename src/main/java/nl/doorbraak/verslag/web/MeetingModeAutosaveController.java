package nl.doorbraak.verslag.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.verslag.internal.DraftRefusal;
import nl.doorbraak.verslag.internal.DraftRefused;
import nl.doorbraak.verslag.internal.DraftSave;
import nl.doorbraak.verslag.internal.DraftSaving;
import nl.doorbraak.verslag.internal.DraftStale;
import nl.doorbraak.verslag.internal.MeetingModeService;
import nl.doorbraak.verslag.internal.MeetingModeView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Autosave: htmx sends the main form a moment after the chair stops typing. The answer is the status line ("Opgeslagen
 * om 14:03", Dutch time) and the copy's new version; a refusal answers 409 (finalised, or someone else saved) or 422
 * (a field is wrong) with a line that says so, and Opslaan shows the details.
 */
@Controller
class MeetingModeAutosaveController {

    private static final String FRAGMENT = "verslag/mode-autosave :: status";

    private final MeetingModeService service;
    private final DraftSaving saving;

    MeetingModeAutosaveController(MeetingModeService service, DraftSaving saving) {
        this.service = service;
        this.saving = saving;
    }

    @PostMapping("/verslagen/{itemId}/concept")
    String autosave(@PathVariable long itemId, @ModelAttribute DraftForm draftForm, BindingResult binding, Model model,
            HttpServletResponse response) {
        CurrentUser user = CurrentUsers.get();
        MeetingModeView view = service.openForChange(user, itemId);
        if (binding.hasErrors() || !draftForm.posted()) {
            return refused(response, HttpStatus.UNPROCESSABLE_CONTENT, "verslag.autosave.invalid", model);
        }
        try {
            DraftSave saved = saving.autosave(user, itemId, draftForm.toChanges(view));
            model.addAttribute("saved", saved);
            return FRAGMENT;
        } catch (DraftRefused refused) {
            boolean whole = refused.refusals().stream().allMatch(r -> r.field() == null);
            DraftRefusal first = refused.refusals().get(0);
            return whole ? refused(response, HttpStatus.CONFLICT, first.messageKey(), model)
                    : refused(response, HttpStatus.UNPROCESSABLE_CONTENT, "verslag.autosave.invalid", model);
        } catch (DraftStale stale) {
            return refused(response, HttpStatus.CONFLICT, "verslag.autosave.stale", model);
        }
    }

    private static String refused(HttpServletResponse response, HttpStatus status, String messageKey, Model model) {
        response.setStatus(status.value());
        model.addAttribute("notSavedKey", messageKey);
        return FRAGMENT;
    }
}
