package nl.doorbraak.audit.web;

import nl.doorbraak.audit.internal.AuditCursor;
import nl.doorbraak.audit.internal.AuditPage;
import nl.doorbraak.audit.internal.RightsFilter;
import nl.doorbraak.audit.internal.RightsLogViewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Toegekende rechten" for the privacy officer (role PRIVACY, like all of /audit): who gave which role to whom, who
 * set whose password or made an account active again, so an administrator who gives themselves access is seen.
 */
@Controller
@RequestMapping(RightsController.PATH)
class RightsController {

    static final String PATH = "/audit/rechten";

    private final RightsLogViewer viewer;

    RightsController(RightsLogViewer viewer) {
        this.viewer = viewer;
    }

    @GetMapping
    String view(@ModelAttribute("filter") PeriodForm form, BindingResult errors,
            @RequestParam(required = false) Long before, @RequestParam(required = false) Long after, Model model) {
        RightsFilter filter = form.toFilter(errors);
        if (errors.hasErrors()) {
            return "audit/rechten";
        }
        AuditPage page = viewer.view(filter, new AuditCursor(before, after));
        model.addAttribute("rows", page.entries().stream().map(RightsRow::of).toList());
        model.addAttribute("olderUrl", page.hasOlder() ? form.link(PATH).queryParam("before", page.olderThan()).encode().toUriString() : null);
        model.addAttribute("newerUrl", page.hasNewer() ? form.link(PATH).queryParam("after", page.newerThan()).encode().toUriString() : null);
        return "audit/rechten";
    }
}
