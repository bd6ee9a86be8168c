package nl.doorbraak.verslag.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invented, realistic Dutch texts for the demo verslagen, in a few variants so the regions differ. No names: the
 * people in a verslag come from the agenda.
 */
final class VerslagDemoTexts {

    private VerslagDemoTexts() {
    }

    private static final Map<String, List<String>> SECTIONS = Map.ofEntries(
            Map.entry("samenvatting", List.of(
                    "De leerling zit sinds een aantal maanden thuis. Thuis is het rustig, maar er is weinig structuur op de dag.\nHet sociaal netwerk is klein; contact met leeftijdgenoten loopt vooral online. Er zijn geen contacten met politie of justitie.",
                    "De leerling gaat sinds de herfstvakantie niet meer naar school. Er is veel spanning thuis; moeder zoekt steun.\nDe leerling heeft angstklachten. Er is geen civiel- of strafrechtelijk kader.",
                    "De leerling is vastgelopen op de huidige school na een periode van pesten. Vader en moeder werken goed mee.\nDe jeugdarts ziet vermoeidheid en somberheid; verder geen bijzonderheden.")),
            Map.entry("geschiedenis", List.of(
                    "School heeft een aangepast rooster geprobeerd en een mentor ingezet. Dat hielp een paar weken. Het buurtteam kwam daarna in beeld.",
                    "Er is een traject bij de schoolmaatschappelijk werker geweest en een aanmelding bij de jeugd-ggz. De wachttijd was lang; het contact met school is gestopt.",
                    "Een overstap naar een andere klas is besproken maar niet doorgegaan. Leerplicht heeft twee keer een gesprek gehad met ouders en leerling.")),
            Map.entry("aanpak", List.of(
                    "Belemmerend: angst voor de groep en een onregelmatig dag-nachtritme. Positief: de leerling wil graag iets met techniek en ouders staan open voor hulp.",
                    "Belemmerend: wachtlijst voor behandeling. Positief: goede band met de mentor en een oom die wil helpen met vervoer.",
                    "Belemmerend: weinig vertrouwen in school. Positief: de leerling sport graag en heeft een duidelijke eigen wens voor de toekomst.")),
            Map.entry("verwachting-deelnemers", List.of(
                    "Dat we vandaag samen één plan maken en dat iedereen een eigen taak oppakt.",
                    "Dat de partners meedenken over een passende plek en snel schakelen met de eigen organisatie.")),
            Map.entry("verwachting-leerling-ouders", List.of(
                    "Dat de leerling meedoet aan het kennismakingsgesprek en dat ouders bereikbaar zijn voor de regiehouder.",
                    "Dat ouders de afspraken met de jeugdarts nakomen en de leerling steunen bij de eerste schooldagen.")),
            Map.entry("toewerken-naar", List.of(
                    "Een plek in het voortgezet speciaal onderwijs, eerst in een kleine groep.",
                    "Terugkeer naar de eigen school met een aangepast programma en begeleiding.",
                    "Een plaatsing op een andere vo-school in de buurt, met een ontwikkelingsperspectiefplan.")),
            Map.entry("nodig-voor-plaatsing", List.of(
                    "Een toelaatbaarheidsverklaring van het samenwerkingsverband en een intake op de nieuwe school.",
                    "Een ontwikkelingsperspectiefplan en een afspraak over begeleiding in de klas.")),
            Map.entry("voorbereidingsperiode", List.of(
                    "Ongeveer zes weken. In die tijd heeft de leerling drie ochtenden per week daginvulling bij een zorgboerderij.",
                    "Vier weken. De leerling krijgt thuis twee keer per week les van een begeleider passend onderwijs.")),
            Map.entry("voorwaarden-plaatsing", List.of(
                    "Een rustige start met korte dagen en een vaste begeleider op school.",
                    "Vervoer is geregeld en er is een vast contactmoment per week met ouders.")),
            Map.entry("zorg", List.of(
                    "Ambulante begeleiding thuis via het buurtteam, twee keer per week.",
                    "Behandeling bij de jeugd-ggz; tot de start helpt de praktijkondersteuner van de huisarts.")));

    private static final List<String> CHECKLIST = List.of(
            "Ja, de leerling heeft verteld wat het lastig maakt en wat hij of zij graag wil.",
            "Ja, ouders hebben hun zorgen en wensen verteld.",
            "Ja. Het doel is een passende plek binnen zes weken; iedereen is het daarmee eens.",
            "De regiehouder staat in dit verslag.",
            "De regiehouder houdt de afspraken bij en laat weten hoe het gaat.",
            "Ja, het plan is voor iedereen duidelijk.",
            "De afspraken staan in dit verslag.",
            "Zie de SMART-afspraken in dit verslag.",
            "De volgende afspraak staat in dit verslag, met wie er bij zijn.",
            "Nee, er zijn geen vragen meer.",
            "Het gesprek was open en prettig.",
            "In dit verslag in Doorbraak; de regiehouder mailt de stand van zaken.");

    static Map<String, String> sections(int variant) {
        Map<String, String> texts = new LinkedHashMap<>();
        SECTIONS.forEach((code, options) -> texts.put(code, options.get(variant % options.size())));
        return texts;
    }

    static String checklistAnswer(int position) {
        return position < CHECKLIST.size() ? CHECKLIST.get(position) : "Ja, dat is besproken.";
    }
}
