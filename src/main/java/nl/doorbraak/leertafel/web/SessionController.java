package nl.doorbraak.leertafel.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.leertafel.internal.LeertafelRefused;
import nl.doorbraak.leertafel.internal.Sessions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One session: its page for everyone who reaches the table; the coordinators move it, choose its chair, cancel it
 * and send the invitations. A session of another table does not exist here (404, audited).
 */
@Controller
@RequestMapping("/leertafels/{regio}/{tafel}/bijeenkomsten/{id}")
class SessionController {

    private final Sessions sessions;
    private final SessionView view;
    private final LeertafelWeb web;

    SessionController(Sessions sessions, SessionView view, LeertafelWeb web) {
        this.sessions = sessions;
        this.view = view;
        this.web = web;
    }

    @InitBinder("sessionForm")
    void allowedSession(WebDataBinder binder) {
        binder.setAllowedFields("date", "timeFrom", "timeUntil", "location");
    }

    @InitBinder("chairForm")
    void allowedChair(WebDataBinder binder) {
        binder.setAllowedFields("chairUserId");
    }

    @GetMapping
    String page(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id, Model model) {
        return view.show(CurrentUsers.get(), regio, tafel, id, model);
    }

    @PostMapping("/verzetten")
    String move(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            @Valid SessionForm sessionForm, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        sessions.managed(user, regio, tafel, Sessions.CHANGED);
        if (!binding.hasErrors()) {
            try {
                sessions.move(user, regio, tafel, id, sessionForm.toDraft());
                web.success(redirect, "leertafel.sessions.moved");
                return redirect(regio, tafel, id);
            } catch (LeertafelRefused refused) {
                LeertafelWeb.reject(binding, refused);
            }
        }
        return view.show(user, regio, tafel, id, model);
    }

    @PostMapping("/voorzitter")
    String chair(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id, ChairForm chairForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        sessions.managed(user, regio, tafel, Sessions.CHANGED);
        try {
            sessions.chair(user, regio, tafel, id, chairForm.getChairUserId());
            web.success(redirect, "leertafel.sessions.chairSet");
            return redirect(regio, tafel, id);
        } catch (LeertafelRefused refused) {
            LeertafelWeb.reject(binding, refused);
            return view.show(user, regio, tafel, id, model);
        }
    }

    @PostMapping("/annuleren")
    String cancel(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        sessions.managed(user, regio, tafel, Sessions.CANCELLED);
        try {
            sessions.cancel(user, regio, tafel, id);
            web.success(redirect, "leertafel.sessions.cancelled");
        } catch (LeertafelRefused refused) {
            web.error(redirect, refused);
        }
        return redirect(regio, tafel, id);
    }

    @PostMapping("/uitnodigen")
    String invite(@PathVariable String regio, @PathVariable String tafel, @PathVariable long id,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        sessions.managed(user, regio, tafel, Sessions.INVITED);
        try {
            int mailed = sessions.invite(user, regio, tafel, id);
            web.success(redirect, "leertafel.sessions.invited", mailed);
        } catch (LeertafelRefused refused) {
            web.error(redirect, refused);
        }
        return redirect(regio, tafel, id);
    }

    static String redirect(String regio, String tafel, long id) {
        return "redirect:/leertafels/" + regio + "/" + tafel + "/bijeenkomsten/" + id;
    }
}
