package nl.doorbraak.proposals.web;

import java.time.Clock;
import java.time.LocalDate;

import nl.doorbraak.common.DutchTime;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.proposals.internal.OpbrengstPdfs;
import nl.doorbraak.proposals.internal.OpbrengstPeriod;
import nl.doorbraak.proposals.internal.OpbrengstService;
import org.springframework.http.CacheControl;
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

/** The leertafel-opbrengst of a period: a page, and the same as a PDF/UA to carry into one's organisation. */
@Controller
@RequestMapping("/leertafels/{regio}/{tafel}/opbrengst")
class OpbrengstController {

    private final OpbrengstService opbrengst;
    private final OpbrengstPdfs pdfs;
    private final Clock clock;

    OpbrengstController(OpbrengstService opbrengst, OpbrengstPdfs pdfs, Clock clock) {
        this.opbrengst = opbrengst;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable String regio, @PathVariable String tafel,
            @RequestParam(name = "van", required = false) String van,
            @RequestParam(name = "tot", required = false) String tot, Model model) {
        model.addAttribute("o", opbrengst.page(CurrentUsers.get(), regio, tafel, period(van, tot)));
        model.addAttribute("van", van);
        model.addAttribute("tot", tot);
        return "proposals/opbrengst";
    }

    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String regio, @PathVariable String tafel,
            @RequestParam(name = "van", required = false) String van,
            @RequestParam(name = "tot", required = false) String tot) {
        OpbrengstPeriod period = period(van, tot);
        byte[] pdf = pdfs.pdf(CurrentUsers.get(), regio, tafel, period);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(OpbrengstPdfs.fileName(tafel, period)).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    private OpbrengstPeriod period(String van, String tot) {
        return OpbrengstPeriod.of(van, tot, LocalDate.now(clock.withZone(DutchTime.ZONE)));
    }
}
