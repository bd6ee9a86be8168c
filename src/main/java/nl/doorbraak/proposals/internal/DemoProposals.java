package nl.doorbraak.proposals.internal;

import java.time.LocalDate;
import java.util.List;

import nl.doorbraak.proposals.internal.DemoProposal.Step;

/** The four fictional proposals of Tilburg's leertafel, dated back from today so the demo stays current. */
final class DemoProposals {

    private static final String PLEIN = "swv-plein-013";
    private static final String PORTVOLIO = "swv-portvolio";
    private static final String LEERPLICHT = "leerplicht-tilburg";
    private static final String TOEGANG = "gemeentelijke-toegang-tilburg";

    private DemoProposals() {
    }

    static List<DemoProposal> all(LocalDate today) {
        return List.of(
                new DemoProposal("leertafel-tilburg", ProposalKind.VERBETERVOORSTEL,
                        "Vaste contactpersoon jeugdhulp voor elke school",
                        "Scholen weten vaak niet wie ze bij de gemeentelijke toegang kunnen bellen als een leerling "
                                + "vastloopt. Daardoor gaan weken verloren. Voorstel: elke school krijgt een vaste "
                                + "contactpersoon bij de toegang, en de toegang een vaste contactpersoon per school.",
                        List.of("onduidelijke-verantwoordelijkheid", "ondersteuning-op-school"),
                        List.of(PLEIN, PORTVOLIO, TOEGANG), today.minusWeeks(42), List.of(
                                new Step(ProposalStatus.IN_BEHANDELING, today.minusWeeks(36), PLEIN,
                                        "Besproken in het overleg van de directeuren."),
                                new Step(ProposalStatus.AANGENOMEN, today.minusWeeks(30), TOEGANG,
                                        "De toegang wijst per school een vaste contactpersoon aan."),
                                new Step(ProposalStatus.INGEVOERD, today.minusWeeks(12), TOEGANG,
                                        "Elke school heeft nu een vaste contactpersoon. De lijst staat bij de "
                                                + "samenwerkingsverbanden."))),
                new DemoProposal("leertafel-tilburg-2", ProposalKind.BELEIDSVOORSTEL,
                        "Een afspraak over wie zorg in onderwijstijd betaalt",
                        "Zorg onder schooltijd komt vaak niet op gang omdat onderwijs en gemeente elkaar naar de "
                                + "ander verwijzen voor de kosten. Voorstel: een vaste verdeling van de kosten, "
                                + "vastgelegd in een regionale afspraak, zodat de zorg eerst start en de rekening "
                                + "daarna wordt verdeeld.",
                        List.of("financiering-onderwijs-zorg", "zorg-in-onderwijstijd"),
                        List.of(TOEGANG, PORTVOLIO), today.minusWeeks(24), List.of(
                                new Step(ProposalStatus.IN_BEHANDELING, today.minusWeeks(18), TOEGANG, null),
                                new Step(ProposalStatus.AANGENOMEN, today.minusWeeks(6), TOEGANG,
                                        "Het college neemt het voorstel over; de uitwerking volgt."))),
                new DemoProposal("leertafel-tilburg", ProposalKind.VERBETERVOORSTEL,
                        "Warme overdracht bij de overstap van PO naar VO",
                        "Bij leerlingen met veel ondersteuning gaat er bij de overstap naar het voortgezet "
                                + "onderwijs informatie verloren. Voorstel: een gesprek met de oude school, de nieuwe "
                                + "school en de ouders voor de zomervakantie, met toestemming van de ouders.",
                        List.of("overgang-po-vo", "toestemming-en-privacy"),
                        List.of(PLEIN, PORTVOLIO), today.minusWeeks(10), List.of(
                                new Step(ProposalStatus.IN_BEHANDELING, today.minusWeeks(4), PORTVOLIO,
                                        "De werkgroep overstap bekijkt hoe dit past in de bestaande planning."))),
                new DemoProposal("leertafel-tilburg-3", ProposalKind.BELEIDSVOORSTEL,
                        "Voorrang bij diagnostiek voor leerlingen die thuiszitten",
                        "Leerlingen die thuiszitten wachten even lang op diagnostiek als andere leerlingen. Elke "
                                + "maand wachten maakt de terugkeer naar school moeilijker. Voorstel: voorrang op de "
                                + "wachtlijst voor diagnostiek wanneer een leerling niet naar school gaat.",
                        List.of("wachttijd-diagnostiek", "wachtlijst-jeugdhulp"),
                        List.of(TOEGANG, LEERPLICHT), today.minusWeeks(2), List.of()));
    }
}
