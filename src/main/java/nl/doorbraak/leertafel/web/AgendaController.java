package nl.doorbraak.leertafel.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.leertafel.internal.AgendaChanges;
import nl.doorbraak.leertafel.internal.LeertafelRefused;
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

/** Composing a session's agenda: add a case or another point, change its minutes, move it, remove it. */
@Controller
@RequestMapping("/leertafels/{regio}/{tafel}/bijeenkomsten/{id}/agenda")
class AgendaController {

    private final AgendaChanges agenda;
    private final SessionView view;
    private final LeertafelWeb web;

    AgendaController(AgendaChanges agenda, SessionView view, LeertafelWeb web) {
        this.agenda = agenda;
        this.view = view;
        this.web = web;
    }

    @InitBinder("agendaForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("kind", "caseId", "themeId", "proposalId", "title", "minutes");
    }

    @PostMapping
    String add(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            @Valid AgendaForm agendaForm, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        try {
            agenda.composed(user, regio, tafel, id);
        } catch (LeertafelRefused refused) {
            web.error(redirect, refused);
            return SessionController.redirect(regio, tafel, id);
        }
        if (!binding.hasErrors()) {
            try {
                int minutes = agendaForm.getMinutes();
                switch (agendaForm.getKind() == null ? "" : agendaForm.getKind()) {
                    case "OVERIG" -> agenda.addOther(user, regio, tafel, id, agendaForm.getTitle(), minutes);
                    case "THEMA" -> agenda.addTheme(user, regio, tafel, id, agendaForm.getThemeId(), minutes);
                    case "VOORSTEL" -> agenda.addProposal(user, regio, tafel, id, agendaForm.getProposalId(), minutes);
                    default -> agenda.addCase(user, regio, tafel, id, agendaForm.getCaseId(), minutes);
                }
                web.success(redirect, "leertafel.agenda.added");
                return SessionController.redirect(regio, tafel, id) + "#agenda";
            } catch (LeertafelRefused refused) {
                LeertafelWeb.reject(binding, refused);
            }
        }
        return view.show(user, regio, tafel, id, model);
    }

    @PostMapping("/{pointId}/minuten")
    String minutes(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            @PathVariable long pointId, @RequestParam(required = false) Integer minutes, RedirectAttributes redirect) {
        return change(regio, tafel, id, redirect, "leertafel.agenda.minutesSet", user ->
                agenda.minutes(user, regio, tafel, id, pointId, minutes == null ? 0 : minutes));
    }

    @PostMapping("/{pointId}/omhoog")
    String up(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            @PathVariable long pointId, RedirectAttributes redirect) {
        return change(regio, tafel, id, redirect, "leertafel.agenda.moved",
                user -> agenda.move(user, regio, tafel, id, pointId, true));
    }

    @PostMapping("/{pointId}/omlaag")
    String down(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            @PathVariable long pointId, RedirectAttributes redirect) {
        return change(regio, tafel, id, redirect, "leertafel.agenda.moved",
                user -> agenda.move(user, regio, tafel, id, pointId, false));
    }

    @PostMapping("/{pointId}/verwijderen")
    String remove(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            @PathVariable long pointId, RedirectAttributes redirect) {
        return change(regio, tafel, id, redirect, "leertafel.agenda.removed",
                user -> agenda.remove(user, regio, tafel, id, pointId));
    }

    private String change(String regio, String tafel, long id, RedirectAttributes redirect, String successKey,
            java.util.function.Consumer<CurrentUser> step) {
        CurrentUser user = CurrentUsers.get();
        try {
            agenda.composed(user, regio, tafel, id);
            step.accept(user);
            web.success(redirect, successKey);
        } catch (LeertafelRefused refused) {
            web.error(redirect, refused);
        }
        return SessionController.redirect(regio, tafel, id) + "#agenda";
    }
}
