package nl.doorbraak.region.web;

import java.util.List;

import nl.doorbraak.common.Role;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Hulp en begrippen": the glossary of all regions, what each role does and who sees which cases (with the regions'
 * separate intake points), for every logged-in user.
 */
@Controller
class HelpController {

    private final List<MergedGlossary.Entry> glossary;
    private final List<IntakePointsHelp.Region> intakePoints;

    HelpController(Werkwijzen werkwijzen) {
        // the werkwijzen are fixed after start, so the merged glossary and the intake points are too
        this.glossary = MergedGlossary.of(werkwijzen.all());
        this.intakePoints = IntakePointsHelp.of(werkwijzen.all());
    }

    @GetMapping("/help")
    String help(Model model) {
        model.addAttribute("glossary", glossary);
        model.addAttribute("roles", Role.values());
        model.addAttribute("intakePoints", intakePoints);
        return "region/help";
    }
}
