package nl.doorbraak.leertafel.web;

import java.util.List;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.leertafel.LeertafelHidden;
import nl.doorbraak.leertafel.internal.LeertafelAccess;
import nl.doorbraak.leertafel.internal.LeertafelHome;
import nl.doorbraak.leertafel.internal.LeertafelTable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The leertafels the user reaches (straight to the one when there is one) and a leertafel's home page. */
@Controller
class LeertafelController {

    private final LeertafelHome home;
    private final LeertafelAccess access;

    LeertafelController(LeertafelHome home, LeertafelAccess access) {
        this.home = home;
        this.access = access;
    }

    @GetMapping("/leertafels")
    String list(Model model) {
        CurrentUser user = CurrentUsers.get();
        List<LeertafelTable> tables = home.reachable(user);
        if (tables.isEmpty()) {
            throw hidden(user);
        }
        if (tables.size() == 1) {
            return "redirect:" + tables.get(0).path();
        }
        model.addAttribute("tables", tables);
        return "leertafel/list";
    }

    @GetMapping("/leertafels/{regio}/{tafel}")
    String home(@PathVariable String regio, @PathVariable String tafel, Model model) {
        model.addAttribute("home", home.page(CurrentUsers.get(), regio, tafel));
        return "leertafel/home";
    }

    private LeertafelHidden hidden(CurrentUser user) {
        return access.hidden(user, "LEERTAFEL", "alle", LeertafelHome.VIEWED);
    }
}
