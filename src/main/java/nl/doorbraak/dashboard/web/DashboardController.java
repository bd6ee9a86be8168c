package nl.doorbraak.dashboard.web;

import java.util.Arrays;
import java.util.List;

import nl.doorbraak.dashboard.internal.Dashboards;
import nl.doorbraak.dashboard.internal.RegionDashboard;
import nl.doorbraak.dashboard.internal.Signal;
import nl.doorbraak.dashboard.internal.SignalPage;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** /overzicht: a region's numbers for its coordinators, and /overzicht/{signaal}: the cases behind one number. */
@Controller
class DashboardController {

    private final Dashboards dashboards;

    DashboardController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/overzicht")
    String overview(@RequestParam(name = "regio", required = false) String region, Model model) {
        RegionDashboard dashboard = dashboards.numbers(CurrentUsers.get(), region);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("phases", Arrays.stream(Signal.values()).filter(Signal::isPhase).toList());
        model.addAttribute("attention", Arrays.stream(Signal.values()).filter(Signal::needsAttention).toList());
        model.addAttribute("results", List.of(Signal.PASSEND_AANBOD));
        return "dashboard/overview";
    }

    @GetMapping("/overzicht/{signaal}")
    String list(@PathVariable("signaal") String slug, @RequestParam(name = "regio", required = false) String region,
            @RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
        Signal signal = Signal.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SignalPage result = dashboards.list(CurrentUsers.get(), region, signal, page);
        model.addAttribute("page", result);
        model.addAttribute("regionName", dashboards.regionName(result.regionSlug()));
        model.addAttribute("quietDays", dashboards.quietDays());
        return "dashboard/signal";
    }
}
