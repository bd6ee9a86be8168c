package nl.doorbraak.leertafel.web;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.leertafel.internal.SessionPage;
import nl.doorbraak.leertafel.internal.SessionPages;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Renders the session page with all its forms; a form sent back with errors replaces the fresh one of its kind, so
 * what was typed stays and the error sits next to its field.
 */
@Component
class SessionView {

    private final SessionPages pages;

    SessionView(SessionPages pages) {
        this.pages = pages;
    }

    String show(CurrentUser user, String regio, String tafel, long id, Model model) {
        SessionPage page = pages.page(user, regio, tafel, id);
        model.addAttribute("page", page);
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", SessionForm.of(page.session()));
        }
        if (!model.containsAttribute("chairForm")) {
            ChairForm chair = new ChairForm();
            chair.setChairUserId(page.session().chairUserId());
            model.addAttribute("chairForm", chair);
        }
        if (!model.containsAttribute("agendaForm")) {
            model.addAttribute("agendaForm", new AgendaForm());
        }
        if (!model.containsAttribute("notesForm")) {
            NotesForm notes = new NotesForm();
            notes.setNotes(page.session().notes());
            model.addAttribute("notesForm", notes);
        }
        return "leertafel/session";
    }
}
