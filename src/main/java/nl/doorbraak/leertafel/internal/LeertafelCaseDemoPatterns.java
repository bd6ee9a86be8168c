package nl.doorbraak.leertafel.internal;

import java.util.List;

/**
 * Demo only: twelve invented patterns as members of Tilburg's leertafel would write them (the last two are the
 * coordinator's text for the two closed cases). Bands vary; knelpunten are theme codes of the start list.
 */
final class LeertafelCaseDemoPatterns {

    record Pattern(String title, String ageBand, String schoolType, String sector, String outOfSchool,
            String process, List<String> interventions, List<String> themes, String situation, String question) {
    }

    static final List<Pattern> BY_MEMBERS = List.of(
            new Pattern("Wachten op jeugdhulp terwijl school geen plek meer heeft", "12-15", "VO", "VO",
                    "3_6_MAANDEN", "3_6_MAANDEN",
                    List.of("Aangepast rooster van drie ochtenden per week", "Aanmelding bij de jeugdhulp",
                            "Overleg met leerplicht over vrijstelling"),
                    List.of("wachtlijst-jeugdhulp", "onduidelijke-verantwoordelijkheid"),
                    "Een leerling in de onderbouw kon na een paniekaanval niet meer naar school. De school wilde pas "
                            + "verder met een behandelplan, de jeugdhulp had een wachtlijst van maanden.",
                    "Wie biedt onderwijs zolang de behandeling nog niet is begonnen?"),
            new Pattern("Overstap naar het vo mislukt na de zomer", "12-15", "VO", "VO", "4_WEKEN_3_MAANDEN",
                    "4_WEKEN_3_MAANDEN",
                    List.of("Warme overdracht gevraagd maar niet gehouden", "Mentor als vast aanspreekpunt"),
                    List.of("overgang-po-vo", "ondersteuning-op-school"),
                    "Een leerling met een ontwikkelingsperspectief in groep 8 begon zonder overdracht op de nieuwe "
                            + "school. Na een paar weken bleef de leerling thuis.",
                    "Hoe borgen we de overdracht van het OPP bij de overstap naar het vo?"),
            new Pattern("Geen vervoer naar de school voor speciaal onderwijs", "8-11", "SO", "VSO",
                    "KORTER_DAN_4_WEKEN", "4_WEKEN_3_MAANDEN",
                    List.of("Toelaatbaarheidsverklaring afgegeven", "Aanvraag leerlingenvervoer ingediend"),
                    List.of("leerlingenvervoer"),
                    "Een kind had een plek op een school voor speciaal onderwijs buiten de eigen gemeente, maar het "
                            + "vervoer was pas weken later geregeld. Tot die tijd zat het kind thuis.",
                    "Kan het vervoer al mee in de aanvraag voor de toelaatbaarheidsverklaring?"),
            new Pattern("Wie betaalt begeleiding in de klas?", "8-11", "PO", "PO", "NIET", "3_6_MAANDEN",
                    List.of("Arrangement vanuit het samenwerkingsverband", "Aanvraag begeleiding via de toegang"),
                    List.of("financiering-onderwijs-zorg", "zorg-in-onderwijstijd"),
                    "Een leerling kon alleen met een begeleider in de klas blijven. School en gemeente vonden allebei "
                            + "dat de ander moest betalen. De leerling ging steeds minder uren.",
                    "Welke afspraak maken we over zorg in onderwijstijd, zodat niet eerst een kind thuis komt te zitten?"),
            new Pattern("Geen toestemming om informatie te delen", "16-17", "MBO", "VO", "6_12_MAANDEN",
                    "6_12_MAANDEN",
                    List.of("Gesprek met jongere en ouders over toestemming", "Anoniem overleg met de toegang"),
                    List.of("toestemming-en-privacy"),
                    "Een jongere van zestien wilde niet dat de school met de jeugdhulp sprak. Niemand wist wat de "
                            + "ander al deed, en het traject stond maanden stil.",
                    "Wat mogen we delen zonder toestemming, en hoe helpen we een jongere die toestemming te geven?"),
            new Pattern("Lange wachttijd voor onderzoek", "4-7", "PO", "PO", "4_WEKEN_3_MAANDEN", "6_12_MAANDEN",
                    List.of("Observatie in de klas door de gedragsdeskundige", "Verwijzing voor diagnostiek",
                            "Kortere schooldagen"),
                    List.of("wachttijd-diagnostiek", "ondersteuning-op-school"),
                    "Een kleuter liep vast in de groep. De school wilde eerst weten wat er speelde, maar het onderzoek "
                            + "had een wachttijd van een half jaar.",
                    "Kunnen we ondersteuning inzetten voordat de diagnose er is?"),
            new Pattern("Onveilig thuis en niet naar school", "12-15", "VO", "GEMEENTELIJKE_TOEGANG",
                    "3_6_MAANDEN", "3_6_MAANDEN",
                    List.of("Melding bij het advies- en meldpunt", "Huisbezoek door de toegang"),
                    List.of("veiligheid-thuis", "onduidelijke-verantwoordelijkheid"),
                    "Een leerling verzuimde steeds vaker. Pas laat bleek dat het thuis niet veilig was. School, "
                            + "leerplicht en toegang hadden elk een stukje van het verhaal.",
                    "Hoe brengen we signalen van school, leerplicht en toegang eerder bij elkaar?"),
            new Pattern("Vrijstelling als enige uitweg", "16-17", "VSO", "VSO", "LANGER_DAN_1_JAAR",
                    "LANGER_DAN_1_JAAR",
                    List.of("Zoektocht naar een passende plek in de regio", "Dagbesteding via de toegang"),
                    List.of("vrijstelling", "geen-passende-plek"),
                    "Voor een jongere met een zware zorgvraag was er geen school met een passend aanbod. Na ruim een "
                            + "jaar werd een vrijstelling gevraagd.",
                    "Wanneer is een vrijstelling echt het beste, en wie blijft daarna betrokken?"),
            new Pattern("Geen plek na een schorsing", "12-15", "VO", "VO", "4_WEKEN_3_MAANDEN", "4_WEKEN_3_MAANDEN",
                    List.of("Schorsing van vijf dagen", "Zoektocht naar een andere school"),
                    List.of("geen-passende-plek", "ondersteuning-op-school"),
                    "Na een incident werd een leerling geschorst. Een andere school vond de leerling te zwaar, de eigen "
                            + "school wilde de leerling niet terug.",
                    "Hoe voorkomen we dat een leerling tussen twee scholen in komt te zitten?"),
            new Pattern("Zorg onder schooltijd niet geregeld", "8-11", "SBO", "PO", "KORTER_DAN_4_WEKEN",
                    "KORTER_DAN_4_WEKEN",
                    List.of("Therapie na schooltijd geprobeerd"),
                    List.of("zorg-in-onderwijstijd", "financiering-onderwijs-zorg"),
                    "Een kind had twee keer per week therapie. Onder schooltijd mocht dat niet zonder toestemming, "
                            + "na schooltijd was het kind te moe. Het kind ging minder naar school.",
                    "Welke ruimte geeft de regio voor zorg onder schooltijd?"));

    /** The coordinator's own text for the two offered closed cases: the older youth first, then the younger. */
    static final List<Pattern> OFFERED = List.of(
            new Pattern("Een arrangement na lang zoeken", null, null, null, null, null,
                    List.of("Deeltijdrooster op de eigen school", "Ambulante begeleiding", "Bespreking aan de actietafel"),
                    List.of("geen-passende-plek", "financiering-onderwijs-zorg"),
                    "Een leerling in het vo zat maanden thuis. Aan de actietafel kwamen school, samenwerkingsverband "
                            + "en toegang tot een onderwijs-zorgarrangement dat zij samen betalen.",
                    "Wat kunnen we van deze verdeling van de kosten leren voor andere leerlingen?"),
            new Pattern("Van de basisschool naar het speciaal onderwijs", null, null, null, null, null,
                    List.of("Extra ondersteuning in de groep", "Aanvraag toelaatbaarheidsverklaring"),
                    List.of("ondersteuning-op-school", "leerlingenvervoer"),
                    "Een leerling in de middenbouw kon op de basisschool niet meer mee. De overstap naar het speciaal "
                            + "onderwijs duurde lang omdat het vervoer niet op tijd geregeld was.",
                    "Hoe regelen we vervoer en toelating tegelijk, zodat niemand thuis wacht?"));

    private LeertafelCaseDemoPatterns() {
    }
}
