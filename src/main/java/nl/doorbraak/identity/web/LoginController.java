package nl.doorbraak.identity.web;

import nl.doorbraak.identity.internal.SessionLifetime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the login form, with why the last session ended; Spring Security handles the POST. */
@Controller
class LoginController {

    private final SessionLifetime lifetime;

    LoginController(SessionLifetime lifetime) {
        this.lifetime = lifetime;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("maxLifetimeHours", lifetime.maxLifetimeHours());
        return "identity/login";
    }
}
