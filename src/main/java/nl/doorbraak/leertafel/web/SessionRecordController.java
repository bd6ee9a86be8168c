package nl.doorbraak.leertafel.web;

import java.util.HashSet;
import java.util.List;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.leertafel.internal.LeertafelRefused;
import nl.doorbraak.leertafel.internal.NotesNotAnonymous;
import nl.doorbraak.leertafel.internal.SessionRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** After a session has begun: its chair or a coordinator records the attendance and the notes (then it is held). */
@Controller
@RequestMapping("/leertafels/{regio}/{tafel}/bijeenkomsten/{id}")
class SessionRecordController {

    private final SessionRecords records;
    private final SessionView view;
    private final LeertafelWeb web;

    SessionRecordController(SessionRecords records, SessionView view, LeertafelWeb web) {
        this.records = records;
        this.view = view;
        this.web = web;
    }

    @InitBinder("notesForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("notes");
    }

    @PostMapping("/aanwezigheid")
    String attendance(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            @RequestParam(name = "aanwezig", required = false) List<Long> present, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        try {
            records.recorded(user, regio, tafel, id, SessionRecords.HELD);
            records.attendance(user, regio, tafel, id, present == null ? java.util.Set.of() : new HashSet<>(present));
            web.success(redirect, "leertafel.record.attendanceSaved");
        } catch (LeertafelRefused refused) {
            web.error(redirect, refused);
        }
        return SessionController.redirect(regio, tafel, id) + "#verslag";
    }

    @PostMapping("/notities")
    String notes(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            @Valid NotesForm notesForm, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        try {
            records.recorded(user, regio, tafel, id, SessionRecords.NOTES);
        } catch (LeertafelRefused refused) {
            web.error(redirect, refused);
            return SessionController.redirect(regio, tafel, id);
        }
        if (!binding.hasErrors()) {
            try {
                records.notes(user, regio, tafel, id, notesForm.getNotes());
                web.success(redirect, "leertafel.record.notesSaved");
                return SessionController.redirect(regio, tafel, id) + "#verslag";
            } catch (LeertafelRefused refused) {
                LeertafelWeb.reject(binding, refused);
            } catch (NotesNotAnonymous found) {
                binding.rejectValue("notes", "leertafel.record.refused.identifiers",
                        new Object[] {found.result().hits().size()}, null);
                model.addAttribute("notesHits", found.result());
            }
        }
        return view.show(user, regio, tafel, id, model);
    }
}
