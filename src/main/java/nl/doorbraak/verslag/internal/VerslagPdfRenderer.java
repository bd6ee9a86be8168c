package nl.doorbraak.verslag.internal;

import java.time.format.DateTimeFormatter;

import nl.doorbraak.pdf.PdfRenderer;
import nl.doorbraak.verslag.VerslagDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A frozen version as an accessible PDF (PDF/UA-1, PDF/A-3u): the template verslag/pdf.html, always in Dutch, is
 * rendered to XHTML and handed to the house PDF renderer.
 */
@Component
class VerslagPdfRenderer {

    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FinalisingAccess.DUTCH);

    private final ITemplateEngine templates;
    private final PdfRenderer renderer;

    VerslagPdfRenderer(ITemplateEngine templates, PdfRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    byte[] render(VerslagDocument document) {
        return renderer.render(xhtml(document), title(document), FinalisingAccess.DUTCH);
    }

    String xhtml(VerslagDocument document) {
        Context context = new Context(FinalisingAccess.DUTCH);
        context.setVariable("doc", document);
        context.setVariable("title", title(document));
        context.setVariable("snapshotText", VersionSnapshotText.INSTANCE);
        return templates.process("verslag/pdf", context);
    }

    /** No name of the youth: the title shows in file lists and reader tabs. */
    static String title(VerslagDocument document) {
        return "Verslag " + document.tableName() + " " + DUTCH_DATE.format(document.meetingDate())
                + (document.version() > 1 ? " (versie " + document.version() + ")" : "");
    }
}
