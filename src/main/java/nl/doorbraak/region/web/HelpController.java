package nl.doorbraak.region.web;

import java.util.List;

import nl.doorbraak.common.Role;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Hulp en begrippen": the glossary of all regions and what each role does, for every logged-in user. */
@Controller
class HelpController {

    private final List<MergedGlossary.Entry> glossary;

    HelpController(Werkwijzen werkwijzen) {
        // the werkwijzen are fixed after start, so the merged glossary is too
        this.glossary = MergedGlossary.of(werkwijzen.all());
    }

    @GetMapping("/help")
    String help(Model model) {
        model.addAttribute("glossary", glossary);
        model.addAttribute("roles", Role.values());
        return "region/help";
    }
}
