package nl.doorbraak.planning.web;

import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.planning.internal.MeetingPages;
import nl.doorbraak.planning.internal.MeetingView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** One meeting: its table, time, place, chair and agenda. */
@Controller
@RequestMapping("/planning/vergaderingen")
class MeetingController {

    private final MeetingPages pages;

    MeetingController(MeetingPages pages) {
        this.pages = pages;
    }

    @GetMapping("/{id}")
    String meeting(@PathVariable long id, Model model) {
        model.addAttribute("view", view(id));
        return "planning/meeting";
    }

    private MeetingView view(long id) {
        return pages.view(CurrentUsers.get(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
