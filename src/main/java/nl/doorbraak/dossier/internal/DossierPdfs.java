package nl.doorbraak.dossier.internal;

import java.util.Locale;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.common.DutchTime;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.pdf.PdfRenderer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The dossier as an accessible PDF (PDF/UA-1, PDF/A-3u) for whoever may read it: the template dossier/pdf.html,
 * always in Dutch, through the house PDF renderer. Every download is audited (DOSSIER_PDF_GEDOWNLOAD).
 */
@Service
@Transactional(noRollbackFor = CaseHidden.class)
public class DossierPdfs {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CaseParticipation cases;
    private final DossierRepository dossiers;
    private final DossierDocuments documents;
    private final ITemplateEngine templates;
    private final PdfRenderer renderer;
    private final DutchTime tijd;

    DossierPdfs(CaseParticipation cases, DossierRepository dossiers, DossierDocuments documents,
            ITemplateEngine templates, PdfRenderer renderer, DutchTime tijd) {
        this.tijd = tijd;
        this.cases = cases;
        this.dossiers = dossiers;
        this.documents = documents;
        this.templates = templates;
        this.renderer = renderer;
    }

    /** @throws CaseHidden when the user may not see the case */
    public byte[] pdf(CurrentUser user, long caseId) {
        CaseSummary summary = cases.visible(user, caseId, "DOSSIER_PDF_GEDOWNLOAD");
        StoredDossier stored = dossiers.find(caseId).orElse(new StoredDossier(caseId, DossierRules.empty(), 0));
        Context context = new Context(DUTCH);
        context.setVariable("c", summary);
        context.setVariable("d", stored.content());
        context.setVariable("sentAt", DossierPages.local(stored.content().sentAt()));
        context.setVariable("documents", documents.rows(caseId));
        context.setVariable("title", title(caseId));
        context.setVariable("tijd", tijd);
        return renderer.render(templates.process("dossier/pdf", context), title(caseId), DUTCH);
    }

    /** No name of the youth: the title shows in file lists and reader tabs. */
    static String title(long caseId) {
        return "Dossier casus " + caseId;
    }
}
