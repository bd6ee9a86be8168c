package nl.doorbraak.dossier.web;

import jakarta.validation.Valid;
import nl.doorbraak.dossier.internal.DossierEditor;
import nl.doorbraak.dossier.internal.DossierPages;
import nl.doorbraak.dossier.internal.DossierPdfs;
import nl.doorbraak.dossier.internal.DossierRefused;
import nl.doorbraak.dossier.internal.DossierSender;
import nl.doorbraak.dossier.internal.DossierView;
import nl.doorbraak.dossier.internal.StaleDossier;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dossier of a case: its preparers edit and send it, the others at the table read it. */
@Controller
@RequestMapping("/casussen/{caseId}/dossier")
class DossierController {

    private final DossierPages pages;
    private final DossierEditor editor;
    private final DossierSender sender;
    private final MessageSource messages;
    private final DossierPdfs pdfs;

    DossierController(DossierPages pages, DossierEditor editor, DossierSender sender, MessageSource messages,
            DossierPdfs pdfs) {
        this.pdfs = pdfs;
        this.pages = pages;
        this.editor = editor;
        this.sender = sender;
        this.messages = messages;
    }

    @GetMapping
    String dossier(@PathVariable long caseId, Model model) {
        DossierView view = pages.view(CurrentUsers.get(), caseId);
        model.addAttribute("dossierForm", DossierForm.of(view.content(), view.version()));
        return show(view, model);
    }

    @PostMapping
    String save(@PathVariable long caseId, @Valid DossierForm dossierForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        if (!binding.hasErrors()) {
            try {
                editor.save(user, caseId, dossierForm.toContent(), dossierForm.getVersion());
                redirect.addFlashAttribute("flashSuccess", text("dossier.saved"));
                return "redirect:/casussen/" + caseId + "/dossier";
            } catch (StaleDossier stale) {
                // the typed text stays; the new version lets the user save over the other change knowingly
                dossierForm.setVersion(stale.currentVersion());
                binding.reject("dossier.stale");
            } catch (DossierRefused refused) {
                redirect.addFlashAttribute("flashError", text(refused.messageKey()));
                return "redirect:/casussen/" + caseId + "/dossier";
            }
        }
        return show(pages.view(user, caseId), model);
    }

    /** The dossier as a PDF/UA file, for whoever may read it; always a download. */
    @GetMapping("/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long caseId) {
        byte[] pdf = pdfs.pdf(CurrentUsers.get(), caseId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dossier-casus-" + caseId + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    @PostMapping("/versturen")
    String send(@PathVariable long caseId, RedirectAttributes redirect) {
        try {
            int sent = sender.send(CurrentUsers.get(), caseId);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("dossier.sent", new Object[] {sent},
                    LocaleContextHolder.getLocale()));
        } catch (DossierRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused.messageKey()));
        }
        return "redirect:/casussen/" + caseId + "/dossier";
    }

    private static String show(DossierView view, Model model) {
        model.addAttribute("view", view);
        return "dossier/dossier";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
