package nl.doorbraak.region.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.PartnerKind;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** Read-only pages with each region's werkwijze, for administrators (access is set in the security configuration). */
@Controller
@RequestMapping("/beheer/regios")
class RegionAdminController {

    private static final int NEXT_MEETINGS = 4;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Werkwijzen werkwijzen;

    RegionAdminController(Werkwijzen werkwijzen) {
        this.werkwijzen = werkwijzen;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("werkwijzen", werkwijzen.all());
        return "region/list";
    }

    @GetMapping("/{slug}")
    String detail(@PathVariable String slug, Model model) {
        Werkwijze werkwijze = werkwijzen.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("werkwijze", werkwijze);
        model.addAttribute("structuralPartners", werkwijze.partners(PartnerKind.STRUCTUREEL));
        model.addAttribute("kernpartners", werkwijze.partners(PartnerKind.KERNPARTNER));
        model.addAttribute("nextMeetings", nextMeetings(werkwijze.tables(), LocalDate.now(ZONE)));
        return "region/detail";
    }

    private static Map<String, List<LocalDateTime>> nextMeetings(List<MeetingTable> tables, LocalDate today) {
        Map<String, List<LocalDateTime>> next = new LinkedHashMap<>();
        tables.forEach(table -> next.put(table.code(), table.meetingsFrom(today, NEXT_MEETINGS)));
        return next;
    }
}
