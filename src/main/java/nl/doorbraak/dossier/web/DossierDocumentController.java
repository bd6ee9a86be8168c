package nl.doorbraak.dossier.web;

import java.nio.charset.StandardCharsets;

import nl.doorbraak.dossier.internal.DocumentDownload;
import nl.doorbraak.dossier.internal.DocumentRefused;
import nl.doorbraak.dossier.internal.DocumentUpload;
import nl.doorbraak.dossier.internal.DossierDocuments;
import nl.doorbraak.dossier.internal.DossierRefused;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Documents in the dossier: add (multipart), download (always as an attachment, never shown inline) and remove.
 * URLs name only ids: a file name is personal data.
 */
@Controller
@RequestMapping("/casussen/{caseId}/dossier/documenten")
class DossierDocumentController {

    private final DossierDocuments documents;
    private final MessageSource messages;

    DossierDocumentController(DossierDocuments documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    /** The file and kind are optional here so that access is checked (and audited) before any input is looked at. */
    @PostMapping
    String upload(@PathVariable long caseId, @RequestParam(name = "bestand", required = false) MultipartFile file,
            @RequestParam(name = "soort", required = false) String kind, RedirectAttributes redirect) {
        DocumentUpload upload = file == null || file.isEmpty() ? DocumentUpload.none(kind)
                : new DocumentUpload(kind, file.getOriginalFilename(), file.getSize(), file::getBytes);
        try {
            documents.upload(CurrentUsers.get(), caseId, upload);
            redirect.addFlashAttribute("flashSuccess", text("document.added"));
        } catch (DocumentRefused refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage(refused.messageKey(), refused.arguments(),
                    LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("documentKind", kind);
        } catch (DossierRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused.messageKey()));
        }
        return "redirect:/casussen/" + caseId + "/dossier#documenten";
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long caseId, @PathVariable long documentId) {
        DocumentDownload download = documents.download(CurrentUsers.get(), caseId, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.type().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(download.content());
    }

    @PostMapping("/{documentId}/verwijderen")
    String remove(@PathVariable long caseId, @PathVariable long documentId, RedirectAttributes redirect) {
        try {
            documents.remove(CurrentUsers.get(), caseId, documentId);
            redirect.addFlashAttribute("flashSuccess", text("document.removed"));
        } catch (DossierRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused.messageKey()));
        }
        return "redirect:/casussen/" + caseId + "/dossier#documenten";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
