package nl.doorbraak.verslag.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.doorbraak.dossier.DossierContent;
import nl.doorbraak.dossier.Dossiers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The dossier's text for the verslag sections it overlaps with, so the chair starts from the inbrenger's analysis.
 */
@Component
class DraftPrefill {

    private final Dossiers dossiers;
    private final MessageSource messages;

    DraftPrefill(Dossiers dossiers, MessageSource messages) {
        this.dossiers = dossiers;
        this.messages = messages;
    }

    /** Section code to dossier text; sections the dossier says nothing about are absent. */
    Map<String, String> of(long caseId) {
        DossierContent d = dossiers.of(caseId).orElse(null);
        Map<String, String> texts = new LinkedHashMap<>();
        if (d == null) {
            return texts;
        }
        put(texts, "samenvatting", paragraphs(new String[][] {
                {"homeSituation", d.homeSituation()}, {"socialNetwork", d.socialNetwork()},
                {"practicalAbility", d.practicalAbility()}, {"health", d.health()},
                {"policeJustice", d.policeJustice()}, {"legalFramework", d.legalFramework()}}));
        put(texts, "geschiedenis", d.history());
        put(texts, "aanpak", paragraphs(new String[][] {
                {"hinderingFactors", d.hinderingFactors()}, {"positiveForces", d.positiveForces()}}));
        put(texts, "verwachting-deelnemers", d.expectationsOfParticipants());
        put(texts, "verwachting-leerling-ouders", d.expectationsOfYouthAndParents());
        return texts;
    }

    /** "Label: text" paragraphs for the parts that have text, separated by a blank line. */
    private String paragraphs(String[][] labelledTexts) {
        StringBuilder text = new StringBuilder();
        for (String[] part : labelledTexts) {
            if (!DraftTexts.isBlank(part[1])) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(label(part[0])).append(": ").append(part[1].strip());
            }
        }
        return text.toString();
    }

    private String label(String part) {
        return messages.getMessage("verslag.dossier." + part, null, LocaleContextHolder.getLocale());
    }

    private static void put(Map<String, String> texts, String code, String text) {
        if (!DraftTexts.isBlank(text)) {
            texts.put(code, text.strip());
        }
    }
}
