package nl.doorbraak.leertafel.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.leertafel.internal.LeertafelRefused;
import nl.doorbraak.leertafel.internal.Sessions;
import nl.doorbraak.leertafel.internal.SessionsPage;
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

/** The sessions of a leertafel: everyone who reaches the table reads the list; the coordinators plan a new one. */
@Controller
@RequestMapping("/leertafels/{regio}/{tafel}/bijeenkomsten")
class SessionsController {

    private final Sessions sessions;
    private final LeertafelWeb web;

    SessionsController(Sessions sessions, LeertafelWeb web) {
        this.sessions = sessions;
        this.web = web;
    }

    @InitBinder("sessionForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("date", "timeFrom", "timeUntil", "location", "chairUserId");
    }

    @GetMapping
    String page(@PathVariable String regio, @PathVariable String tafel, Model model) {
        return show(CurrentUsers.get(), regio, tafel, null, model);
    }

    @PostMapping
    String create(@PathVariable String regio, @PathVariable String tafel, @Valid SessionForm sessionForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        sessions.managed(user, regio, tafel, Sessions.ADDED);
        if (!binding.hasErrors()) {
            try {
                long id = sessions.create(user, regio, tafel, sessionForm.toDraft());
                web.success(redirect, "leertafel.sessions.added");
                return "redirect:/leertafels/" + regio + "/" + tafel + "/bijeenkomsten/" + id;
            } catch (LeertafelRefused refused) {
                LeertafelWeb.reject(binding, refused);
            }
        }
        return show(user, regio, tafel, sessionForm, model);
    }

    private String show(CurrentUser user, String regio, String tafel, SessionForm form, Model model) {
        SessionsPage page = sessions.page(user, regio, tafel);
        model.addAttribute("page", page);
        model.addAttribute("sessionForm", form != null ? form
                : SessionForm.offered(page.offered().isEmpty() ? null : page.offered().get(0), page.defaultChair()));
        return "leertafel/sessions";
    }
}
