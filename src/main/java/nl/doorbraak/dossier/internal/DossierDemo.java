package nl.doorbraak.dossier.internal;

import java.util.Locale;
import java.util.Optional;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.common.DemoMode;
import nl.doorbraak.dossier.DossierContent;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.pdf.PdfRenderer;
import nl.doorbraak.planning.Agendas;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: the inbrenger fills and sends the dossier of every demo case on a planned meeting that has none yet;
 * the first of each region gets a fictional OPP (a PDF made here) before it is sent.
 * Runs after the planning demo and before the verslag demo.
 */
@Component
class DossierDemo {

    private static final Logger log = LoggerFactory.getLogger(DossierDemo.class);
    private static final DossierContent CONTENT = new DossierContent(
            "Verzonnen: de jongere woont bij moeder en een jonger broertje. Moeder werkt in ploegendienst; "
                    + "overdag is de jongere vaak alleen thuis.",
            "Verzonnen: weinig contact met leeftijdsgenoten buiten een online game. Een oom is een belangrijk"
                    + " steunpunt.",
            "Verzonnen: kan zichzelf goed redden in huis; plannen en op tijd opstaan lukken niet zonder hulp.",
            "Verzonnen: somberheid en buikpijn op schooldagen. Er loopt een aanmelding bij de GGZ; wachttijd "
                    + "ongeveer acht weken.",
            "Verzonnen: geen contacten met politie of justitie bekend.",
            "Verzonnen: geen maatregel; ouders hebben samen het gezag.",
            "Verzonnen: de school probeerde een aangepast rooster en begeleiding door de mentor. Dat hielp "
                    + "een paar weken; na de herfstvakantie ging de jongere niet meer. Een time-out voorziening is nog "
                    + "niet geprobeerd.",
            "Verzonnen: de wachttijd in de zorg; de reistijd naar een passende school; angst om oude "
                    + "klasgenoten te zien.",
            "Verzonnen: de jongere wil graag iets met techniek; moeder is betrokken; de oom wil helpen met "
                    + "vervoer.",
            "Verzonnen: dat de school, leerplicht en het buurtteam samen een daginvulling voor de korte "
                    + "termijn afspreken.",
            "Verzonnen: dat de jongere meedenkt over een plek die past en dat moeder helpt het ritme van de "
                    + "dag vast te houden.",
            null);

    private final DemoMode demoMode;
    private final Werkwijzen werkwijzen;
    private final UserDirectory users;
    private final Agendas agendas;
    private final DossierRepository dossiers;
    private final DossierEditor editor;
    private final DossierSender sender;
    private final DossierDocuments documents;
    private final PdfRenderer pdfRenderer;
    private byte[] demoOpp;

    DossierDemo(DemoMode demoMode, Werkwijzen werkwijzen, UserDirectory users, Agendas agendas,
            DossierRepository dossiers, DossierEditor editor, DossierSender sender, DossierDocuments documents,
            PdfRenderer pdfRenderer) {
        this.documents = documents;
        this.pdfRenderer = pdfRenderer;
        this.demoMode = demoMode;
        this.werkwijzen = werkwijzen;
        this.users = users;
        this.agendas = agendas;
        this.dossiers = dossiers;
        this.editor = editor;
        this.sender = sender;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(300)
    void fillAndSend() {
        if (!demoMode.enabled()) {
            return;
        }
        int sent = 0;
        for (Werkwijze werkwijze : werkwijzen.all()) {
            Optional<CurrentUser> inbrenger = users.asCurrentUser("verwijzer-" + werkwijze.slug());
            if (inbrenger.isPresent()) {
                sent += fillAndSend(inbrenger.get(), werkwijze.slug());
            }
        }
        if (sent > 0) {
            log.info("Demo: {} verzonnen dossiers verstuurd", sent);
        }
    }

    private int fillAndSend(CurrentUser inbrenger, String regionSlug) {
        int sent = 0;
        for (long caseId : agendas.casesOnPlannedMeetings(regionSlug)) {
            if (dossiers.find(caseId).isPresent()) {
                continue;
            }
            try {
                editor.save(inbrenger, caseId, CONTENT, 0);
                if (sent == 0) {
                    addOpp(inbrenger, caseId);
                }
                sender.send(inbrenger, caseId);
                sent++;
            } catch (DossierRefused | CaseHidden | DocumentRefused notTheirs) {
                log.debug("Demo: dossier van casus {} overgeslagen", caseId);
            }
        }
        return sent;
    }

    /** The first dossier of each region gets one fictional OPP, sent along with the dossier. */
    private void addOpp(CurrentUser inbrenger, long caseId) {
        byte[] pdf = demoOpp();
        documents.upload(inbrenger, caseId, new DocumentUpload(DocumentKind.OPP.name(), "OPP (verzonnen).pdf",
                pdf.length, () -> pdf));
    }

    private byte[] demoOpp() {
        if (demoOpp == null) {
            demoOpp = pdfRenderer.render(OPP_XHTML, "Ontwikkelingsperspectiefplan (verzonnen)", Locale.forLanguageTag("nl"));
        }
        return demoOpp;
    }

    private static final String OPP_XHTML = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>OPP</title>
            <meta name="description" content="Een verzonnen ontwikkelingsperspectiefplan voor de demo" /></head>
            <body><h1>Ontwikkelingsperspectiefplan (verzonnen)</h1>
            <p>Dit OPP is verzonnen voor de demo van Doorbraak. Het gaat over niemand.</p>
            <h2>Uitstroomprofiel</h2><p>Verzonnen: vmbo kader, met begeleiding bij plannen.</p>
            <h2>Onderbouwing</h2><p>Verzonnen: de leerling heeft baat bij een kleine groep en een vast rooster.</p>
            <h2>Afspraken</h2><ul><li>Verzonnen: wekelijks gesprek met de mentor.</li>
            <li>Verzonnen: een rustige werkplek bij toetsen.</li></ul></body></html>""";
}
