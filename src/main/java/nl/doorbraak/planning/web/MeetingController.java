package nl.doorbraak.planning.web;

import java.util.Optional;

import jakarta.validation.Valid;
import nl.doorbraak.calendar.Invitations;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.planning.internal.MeetingComposition;
import nl.doorbraak.planning.internal.MeetingIcs;
import nl.doorbraak.planning.internal.MeetingInvitations;
import nl.doorbraak.planning.internal.MeetingPages;
import nl.doorbraak.planning.internal.MeetingView;
import nl.doorbraak.planning.internal.PlanningRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One meeting: its table, time, place, chair, agenda and participants; invitations and the .ics. */
@Controller
@RequestMapping("/planning/vergaderingen/{id}")
class MeetingController {

    private final MeetingPages pages;
    private final MeetingComposition composition;
    private final MeetingInvitations invitations;
    private final MeetingIcs icsFiles;
    private final PlanningWeb web;

    MeetingController(MeetingPages pages, MeetingComposition composition, MeetingInvitations invitations,
            MeetingIcs icsFiles, PlanningWeb web) {
        this.pages = pages;
        this.composition = composition;
        this.invitations = invitations;
        this.icsFiles = icsFiles;
        this.web = web;
    }

    @GetMapping
    String meeting(@PathVariable long id, Model model) {
        MeetingView view = view(id);
        model.addAttribute("view", view);
        if (view.mayManage()) {
            ChairForm chair = new ChairForm();
            chair.setChairUserId(view.meeting().chairUserId());
            chair.setLocation(view.meeting().location());
            model.addAttribute("chairForm", chair);
            RescheduleForm reschedule = new RescheduleForm();
            reschedule.setDate(view.meeting().startsAt().toLocalDate());
            reschedule.setStartTime(view.meeting().startsAt().toLocalTime());
            reschedule.setEndTime(view.meeting().endsAt().toLocalTime());
            model.addAttribute("rescheduleForm", reschedule);
            model.addAttribute("chairs", composition.chairs(view.meeting().regionSlug()));
        }
        return "planning/meeting";
    }

    /** The user's own invitation: the chair's or a coordinator's for the whole meeting, else their first item. */
    @GetMapping("/uitnodiging.ics")
    ResponseEntity<String> ics(@PathVariable long id) {
        return icsFile(icsFiles.ofMeeting(CurrentUsers.get(), id), "uitnodiging-" + id + ".ics");
    }

    /** The user's own invitation for one agenda item they take part in. */
    @GetMapping("/agendapunten/{itemId}/uitnodiging.ics")
    ResponseEntity<String> itemIcs(@PathVariable long id, @PathVariable long itemId) {
        return icsFile(icsFiles.ofItem(CurrentUsers.get(), id, itemId), "uitnodiging-" + id + "-" + itemId + ".ics");
    }

    @PostMapping("/voorzitter")
    String chair(@PathVariable long id, @Valid ChairForm chairForm, BindingResult binding, RedirectAttributes redirect) {
        return act(id, binding, redirect, "planning.chair.saved",
                user -> composition.chairAndLocation(user, id, chairForm.getChairUserId(), chairForm.getLocation()));
    }

    @PostMapping("/deelnemers")
    String participant(@PathVariable long id, @Valid ParticipantForm form, BindingResult binding,
            RedirectAttributes redirect) {
        if (form.getUserId() == null && (form.getName() == null || form.getName().isBlank())) {
            binding.rejectValue("name", "planning.participant.nameOrUser");
        }
        return act(id, binding, redirect, "planning.participant.added", user -> {
            if (form.getUserId() != null) {
                composition.addUser(user, id, form.getItemId(), form.getUserId(), form.getRole());
            } else {
                composition.addExternal(user, id, form.getItemId(), form.getName(), form.getOrganisation(),
                        form.getEmail(), form.getRole());
            }
        });
    }

    @PostMapping("/deelnemers/{participantId}/verwijderen")
    String removeParticipant(@PathVariable long id, @PathVariable long participantId, RedirectAttributes redirect) {
        return act(id, null, redirect, "planning.participant.removed",
                user -> composition.remove(user, id, participantId));
    }

    @PostMapping("/uitnodigingen")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, null, redirect, "planning.invitations.sent", user -> invitations.send(user, id));
    }

    @PostMapping("/verzetten")
    String reschedule(@PathVariable long id, @Valid RescheduleForm rescheduleForm, BindingResult binding,
            RedirectAttributes redirect) {
        return act(id, binding, redirect, "planning.rescheduled", user -> invitations.reschedule(user, id,
                rescheduleForm.getDate(), rescheduleForm.getStartTime(), rescheduleForm.getEndTime()));
    }

    @PostMapping("/annuleren")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, null, redirect, "planning.cancelled", user -> invitations.cancel(user, id));
    }

    /** Runs a coordinator's change; a refusal or invalid input comes back as the page's error message. */
    private String act(long id, BindingResult binding, RedirectAttributes redirect, String successKey,
            java.util.function.Consumer<CurrentUser> change) {
        CurrentUser user = PlanningWeb.coordinator();
        try {
            composition.requireManaged(user, id);
            if (binding != null && binding.hasErrors()) {
                redirect.addFlashAttribute("flashError", web.allErrors(binding));
                return "redirect:/planning/vergaderingen/" + id;
            }
            change.accept(user);
            web.success(redirect, successKey);
        } catch (PlanningRefused refused) {
            web.error(redirect, refused.messageKey());
        }
        return "redirect:/planning/vergaderingen/" + id;
    }

    private static ResponseEntity<String> icsFile(Optional<String> found, String filename) {
        String ics = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String type = ics.contains("METHOD:CANCEL") ? Invitations.CANCEL_CONTENT_TYPE : Invitations.REQUEST_CONTENT_TYPE;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").body(ics);
    }

    private MeetingView view(long id) {
        return pages.view(CurrentUsers.get(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
