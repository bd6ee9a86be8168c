package nl.doorbraak.planning.web;

import java.util.function.Consumer;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.internal.MeetingComposition;
import nl.doorbraak.planning.internal.ParticipantChoices;
import nl.doorbraak.planning.internal.ParticipantRole;
import nl.doorbraak.planning.internal.PlanningRefused;
import nl.doorbraak.planning.internal.RegistrySeats;
import nl.doorbraak.planning.internal.StructuralPartnersAdded;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participants of one agenda item, picked from the region's registry first: its organisations (all structural
 * partners at once), its users by name, and only then someone from outside ("Niet in de lijst?").
 */
@Controller
@RequestMapping("/planning/vergaderingen/{id}/agendapunten/{itemId}/deelnemers")
class ParticipantChoiceController {

    private final RegistrySeats seats;
    private final MeetingComposition composition;
    private final PlanningWeb web;

    ParticipantChoiceController(RegistrySeats seats, MeetingComposition composition, PlanningWeb web) {
        this.seats = seats;
        this.composition = composition;
        this.web = web;
    }

    @GetMapping
    String page(@PathVariable long id, @PathVariable long itemId, Model model, RedirectAttributes redirect) {
        return show(id, itemId, null, new ExternalParticipantForm(), model, redirect, false);
    }

    /** Users by part of their name: the term goes by POST, never in a URL; htmx asks for the list alone. */
    @PostMapping("/zoeken")
    String search(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String zoekterm,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        String term = zoekterm == null ? null : zoekterm.substring(0, Math.min(zoekterm.length(), 100));
        return show(id, itemId, term, new ExternalParticipantForm(), model, redirect, "true".equals(htmx));
    }

    @PostMapping("/organisatie")
    String organisation(@PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) Long organisationId, RedirectAttributes redirect) {
        return act(id, itemId, redirect, organisationId == null ? "planning.participant.organisationRequired" : null,
                "planning.participant.organisationAdded", user -> seats.addOrganisation(user, id, itemId, organisationId));
    }

    @PostMapping("/structurele-partners")
    String structuralPartners(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        CurrentUser user = PlanningWeb.coordinator();
        try {
            StructuralPartnersAdded done = seats.addStructuralPartners(user, id, itemId);
            web.success(redirect, "planning.participant.structuralPartnersAdded", done.added(), done.skipped());
        } catch (PlanningRefused refused) {
            web.error(redirect, refused.messageKey());
        }
        return back(id, itemId);
    }

    @PostMapping("/persoon")
    String person(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Long userId,
            @RequestParam(required = false) ParticipantRole role, RedirectAttributes redirect) {
        return act(id, itemId, redirect, userId == null ? "planning.participant.personRequired" : null,
                "planning.participant.added", user -> seats.addPerson(user, id, itemId, userId, role));
    }

    /** Someone not in the registry; a form with problems comes back with what was typed and each problem named. */
    @PostMapping("/extern")
    String external(@PathVariable long id, @PathVariable long itemId,
            @Valid @ModelAttribute("externalForm") ExternalParticipantForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = PlanningWeb.coordinator();
        try {
            composition.requireManaged(user, id);
        } catch (PlanningRefused refused) {
            web.error(redirect, refused.messageKey());
            return "redirect:/planning/vergaderingen/" + id;
        }
        if (!binding.hasErrors()) {
            try {
                composition.addExternal(user, id, itemId, form.getName(), form.getOrganisation(), form.getEmail(),
                        form.getRole());
                web.success(redirect, "planning.participant.added");
                return back(id, itemId);
            } catch (PlanningRefused refused) {
                PlanningWeb.reject(binding, refused);
            }
        }
        return show(id, itemId, null, form, model, redirect, false);
    }

    /**
     * Runs a coordinator's change. The meeting is checked before any input is looked at (another region's is not
     * found); {@code missingKey} names a choice that was not made.
     */
    private String act(long id, long itemId, RedirectAttributes redirect, String missingKey, String successKey,
            Consumer<CurrentUser> change) {
        CurrentUser user = PlanningWeb.coordinator();
        try {
            composition.requireManaged(user, id);
            if (missingKey != null) {
                web.error(redirect, missingKey);
                return back(id, itemId);
            }
            change.accept(user);
            web.success(redirect, successKey);
        } catch (PlanningRefused refused) {
            web.error(redirect, refused.messageKey());
        }
        return back(id, itemId);
    }

    private String show(long id, long itemId, String term, ExternalParticipantForm form, Model model,
            RedirectAttributes redirect, boolean peopleOnly) {
        CurrentUser user = PlanningWeb.coordinator();
        try {
            ParticipantChoices choices = seats.choices(user, id, itemId, term);
            model.addAttribute("choices", choices);
            model.addAttribute("roles", ParticipantRole.values());
            model.addAttribute("externalForm", form);
            return peopleOnly ? "planning/participants :: people" : "planning/participants";
        } catch (PlanningRefused refused) {
            web.error(redirect, refused.messageKey());
            return "redirect:/planning/vergaderingen/" + id;
        }
    }

    private static String back(long id, long itemId) {
        return "redirect:/planning/vergaderingen/" + id + "/agendapunten/" + itemId + "/deelnemers";
    }
}
