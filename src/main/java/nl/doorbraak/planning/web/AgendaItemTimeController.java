package nl.doorbraak.planning.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.internal.AgendaItemTimes;
import nl.doorbraak.planning.internal.MeetingComposition;
import nl.doorbraak.planning.internal.PlanningRefused;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator moves one case to another time within its meeting (the meeting page's "Tijd wijzigen"). */
@Controller
class AgendaItemTimeController {

    private final AgendaItemTimes times;
    private final MeetingComposition composition;
    private final PlanningWeb web;

    AgendaItemTimeController(AgendaItemTimes times, MeetingComposition composition, PlanningWeb web) {
        this.times = times;
        this.composition = composition;
        this.web = web;
    }

    @PostMapping("/planning/vergaderingen/{id}/agendapunten/{itemId}/tijd")
    String move(@PathVariable long id, @PathVariable long itemId, @Valid ItemTimeForm form, BindingResult binding,
            RedirectAttributes redirect) {
        CurrentUser user = PlanningWeb.coordinator();
        String page = "redirect:/planning/vergaderingen/" + id + "#agendapunt-" + itemId;
        composition.requireManaged(user, id); // someone who may not see the meeting learns nothing from its form
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("flashError", web.allErrors(binding));
            return page;
        }
        try {
            times.move(user, id, itemId, form.getSlotStart(), form.getSlotEnd());
            web.success(redirect, "planning.itemTime.moved");
        } catch (PlanningRefused refused) {
            web.error(redirect, refused.messageKey());
        }
        return page;
    }
}
