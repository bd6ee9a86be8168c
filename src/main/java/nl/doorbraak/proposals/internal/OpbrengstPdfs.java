package nl.doorbraak.proposals.internal;

import java.util.Locale;

import nl.doorbraak.common.DutchTime;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.pdf.PdfRenderer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The opbrengst as a PDF/UA-1 (and PDF/A-3u), always in Dutch, through the house renderer. The house renderer draws
 * no SVG, so the trends are in the PDF as their data table (with a caption), the same numbers the page's chart shows.
 */
@Service
@Transactional(noRollbackFor = ProposalHidden.class)
public class OpbrengstPdfs {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final OpbrengstService opbrengst;
    private final ITemplateEngine templates;
    private final PdfRenderer renderer;
    private final DutchTime tijd;

    OpbrengstPdfs(OpbrengstService opbrengst, ITemplateEngine templates, PdfRenderer renderer, DutchTime tijd) {
        this.opbrengst = opbrengst;
        this.templates = templates;
        this.renderer = renderer;
        this.tijd = tijd;
    }

    public byte[] pdf(CurrentUser user, String regionSlug, String tableCode, OpbrengstPeriod period) {
        Opbrengst o = opbrengst.download(user, regionSlug, tableCode, period);
        Context context = new Context(DUTCH);
        context.setVariable("o", o);
        context.setVariable("title", title(o));
        context.setVariable("tijd", tijd);
        return renderer.render(templates.process("proposals/opbrengst-pdf", context), title(o), DUTCH);
    }

    static String title(Opbrengst o) {
        return "Opbrengst " + o.table().name() + " " + o.period().from() + " tot en met " + o.period().to();
    }

    public static String fileName(String tableCode, OpbrengstPeriod period) {
        return "opbrengst-" + tableCode + "-" + period.from() + "-" + period.to() + ".pdf";
    }
}
