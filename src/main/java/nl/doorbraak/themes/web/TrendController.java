package nl.doorbraak.themes.web;

import java.nio.charset.StandardCharsets;

import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.themes.internal.TrendPage;
import nl.doorbraak.themes.internal.TrendView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Trends per knelpunt per quarter, as a table, a chart and a CSV download; read only, for all who reach the leertafel. */
@Controller
@RequestMapping("/leertafels/{regio}/{tafel}")
class TrendController {

    private final TrendPage pages;

    TrendController(TrendPage pages) {
        this.pages = pages;
    }

    @GetMapping("/trends")
    String trends(@PathVariable String regio, @PathVariable String tafel,
            @RequestParam(name = "kwartalen", defaultValue = "8") int quarters, Model model) {
        model.addAttribute("view", pages.view(CurrentUsers.get(), regio, tafel, quarters, LocaleContextHolder.getLocale()));
        model.addAttribute("choices", TrendView.CHOICES);
        return "themes/trends";
    }

    @GetMapping("/trends.csv")
    ResponseEntity<byte[]> csv(@PathVariable String regio, @PathVariable String tafel,
            @RequestParam(name = "kwartalen", defaultValue = "8") int quarters) {
        String csv = pages.csv(CurrentUsers.get(), regio, tafel, quarters);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("trends-" + regio + "-" + tafel + ".csv").build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
