package nl.doorbraak.verslag.web;

import java.util.List;

import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.verslag.internal.MeetingModeTableRow;
import nl.doorbraak.verslag.internal.MeetingModeTables;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mijn tafels": the chair finds the meetings they lead, upcoming and of the last weeks, and opens a verslag. */
@Controller
class MeetingModeTablesController {

    private final MeetingModeTables tables;

    MeetingModeTablesController(MeetingModeTables tables) {
        this.tables = tables;
    }

    @GetMapping("/verslagen")
    String mine(Model model) {
        List<MeetingModeTableRow> rows = tables.of(CurrentUsers.get());
        java.time.LocalDate today = tables.today();
        model.addAttribute("upcoming", rows.stream().filter(r -> !r.meetingStartsAt().toLocalDate().isBefore(today)).toList());
        model.addAttribute("recent", rows.stream().filter(r -> r.meetingStartsAt().toLocalDate().isBefore(today))
                .sorted((a, b) -> b.meetingStartsAt().compareTo(a.meetingStartsAt())).toList());
        model.addAttribute("recentDays", MeetingModeTables.RECENT_DAYS);
        return "verslag/mode-tables";
    }
}
