package nl.doorbraak.verslag.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.verslag.internal.CorrectionService;
import nl.doorbraak.verslag.internal.FinalisingRefused;
import nl.doorbraak.verslag.internal.VerslagVersionPages;
import nl.doorbraak.verslag.internal.VersionSnapshotText;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Frozen versions of a verslag: read, download as PDF, and (the chair) reopen for a correction. */
@Controller
class VerslagVersionController {

    private final VerslagVersionPages pages;
    private final CorrectionService corrections;
    private final MessageSource messages;

    VerslagVersionController(VerslagVersionPages pages, CorrectionService corrections, MessageSource messages) {
        this.pages = pages;
        this.corrections = corrections;
        this.messages = messages;
    }

    @ModelAttribute("snapshotText")
    VersionSnapshotText snapshotText() {
        return VersionSnapshotText.INSTANCE;
    }

    @GetMapping("/verslagen/{agendaItemId}/versies/{version}")
    String version(@PathVariable long agendaItemId, @PathVariable int version, Model model) {
        model.addAttribute("view", pages.view(CurrentUsers.get(), agendaItemId, version));
        if (!model.containsAttribute("correctionForm")) {
            model.addAttribute("correctionForm", new CorrectionForm());
        }
        return "verslag/version";
    }

    @GetMapping("/verslagen/{agendaItemId}/versies/{version}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long agendaItemId, @PathVariable int version) {
        byte[] pdf = pages.pdf(CurrentUsers.get(), agendaItemId, version);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("verslag-" + agendaItemId + "-v" + version + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/verslagen/{agendaItemId}/corrigeren")
    String correct(@PathVariable long agendaItemId, @Valid CorrectionForm correctionForm, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("view", pages.latest(CurrentUsers.get(), agendaItemId));
            return "verslag/version";
        }
        try {
            corrections.reopen(CurrentUsers.get(), agendaItemId, correctionForm.getReason());
            redirect.addFlashAttribute("flashSuccess", text("verslagversie.correction.started"));
            return "redirect:/verslagen/" + agendaItemId;
        } catch (FinalisingRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused.messageKey()));
            return "redirect:/verslagen/" + agendaItemId;
        }
    }

    @GetMapping("/casussen/{caseId}/verslagen")
    String ofCase(@PathVariable long caseId, Model model) {
        model.addAttribute("overview", pages.ofCase(CurrentUsers.get(), caseId));
        return "verslag/version-list";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
