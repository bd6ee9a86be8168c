package nl.doorbraak.planning.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.internal.PlanningRefused;
import nl.doorbraak.planning.internal.TableDates;
import nl.doorbraak.planning.internal.TableDates.DateDetails;
import nl.doorbraak.planning.internal.TableDates.RegionDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tafeldata: a region's coordinators add, move and cancel the dates of its tables that meet on explicit dates.
 * Another region's dates do not exist for them (404), checked before any input is looked at.
 */
@Controller
class TableDateController {

    private final TableDates tableDates;
    private final PlanningWeb web;

    TableDateController(TableDates tableDates, PlanningWeb web) {
        this.tableDates = tableDates;
        this.web = web;
    }

    @GetMapping("/planning/tafeldata/{slug}")
    String list(@PathVariable String slug, Model model) {
        return showList(PlanningWeb.coordinator(), slug, null, model);
    }

    @PostMapping("/planning/tafeldata/{slug}")
    String add(@PathVariable String slug, @Valid TableDateForm tableDateForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = PlanningWeb.coordinator();
        tableDates.requireRegion(user, slug);
        if (!binding.hasErrors()) {
            try {
                tableDates.add(user, slug, tableDateForm.toChange());
                web.success(redirect, "tableDates.added");
                return "redirect:/planning/tafeldata/" + slug;
            } catch (PlanningRefused refused) {
                PlanningWeb.reject(binding, refused);
            }
        }
        return showList(user, slug, tableDateForm, model);
    }

    @GetMapping("/planning/tafeldatum/{dateId}")
    String date(@PathVariable long dateId, Model model) {
        return showDate(PlanningWeb.coordinator(), dateId, null, model);
    }

    @PostMapping("/planning/tafeldatum/{dateId}")
    String move(@PathVariable long dateId, @Valid TableDateForm tableDateForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = PlanningWeb.coordinator();
        tableDates.requireDate(user, dateId);
        if (!binding.hasErrors()) {
            try {
                tableDates.move(user, dateId, tableDateForm.toChange());
                web.success(redirect, "tableDates.moved");
                return "redirect:/planning/tafeldata/" + tableDates.date(user, dateId).date().regionSlug();
            } catch (PlanningRefused refused) {
                PlanningWeb.reject(binding, refused);
            }
        }
        return showDate(user, dateId, tableDateForm, model);
    }

    @PostMapping("/planning/tafeldatum/{dateId}/annuleren")
    String cancel(@PathVariable long dateId, RedirectAttributes redirect) {
        CurrentUser user = PlanningWeb.coordinator();
        tableDates.requireDate(user, dateId);
        try {
            tableDates.cancel(user, dateId);
            web.success(redirect, "tableDates.cancelled");
            return "redirect:/planning/tafeldata/" + tableDates.date(user, dateId).date().regionSlug();
        } catch (PlanningRefused refused) {
            web.error(redirect, refused.messageKey());
            return "redirect:/planning/tafeldatum/" + dateId;
        }
    }

    /** The region's dates with the form to add one: a fresh one in the first table's slot, or the one sent back. */
    private String showList(CurrentUser user, String slug, TableDateForm form, Model model) {
        RegionDates region = tableDates.of(user, slug);
        model.addAttribute("region", region);
        model.addAttribute("tableDateForm", form != null || region.tables().isEmpty() ? form
                : TableDateForm.forTable(region.tables().get(0).table(), region.tables().get(0).slot()));
        return "planning/table-dates";
    }

    private String showDate(CurrentUser user, long dateId, TableDateForm form, Model model) {
        DateDetails details = tableDates.date(user, dateId);
        model.addAttribute("details", details);
        model.addAttribute("tableDateForm", form != null ? form : TableDateForm.of(details.date()));
        return "planning/table-date";
    }
}
