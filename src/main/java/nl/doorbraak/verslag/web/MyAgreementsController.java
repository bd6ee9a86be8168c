package nl.doorbraak.verslag.web;

import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.verslag.internal.MyAgreementsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mijn afspraken": what the user promised at the tables, soonest deadline first. */
@Controller
class MyAgreementsController {

    private final MyAgreementsService mine;

    MyAgreementsController(MyAgreementsService mine) {
        this.mine = mine;
    }

    @GetMapping("/afspraken")
    String mine(@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
        model.addAttribute("page", mine.page(CurrentUsers.get(), page));
        return "afspraken/mine";
    }
}
