package nl.doorbraak.themes.internal;

import java.util.List;

/** The knelpunten every region starts with (issue 11), as code and name; the region maintains its list from there. */
final class StartList {

    record Item(String code, String name) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("wachtlijst-jeugdhulp", "Wachtlijst jeugdhulp"),
            new Item("geen-passende-plek", "Geen passende plek of aanbod"),
            new Item("financiering-onderwijs-zorg", "Financiering onderwijs-zorg (wie betaalt)"),
            new Item("leerlingenvervoer", "Leerlingenvervoer"),
            new Item("onduidelijke-verantwoordelijkheid", "Onduidelijke verantwoordelijkheid"),
            new Item("toestemming-en-privacy", "Toestemming en privacy"),
            new Item("ondersteuning-op-school", "Ondersteuning op school / OPP"),
            new Item("overgang-po-vo", "Overgang PO-VO"),
            new Item("zorg-in-onderwijstijd", "Zorg in onderwijstijd"),
            new Item("vrijstelling", "Vrijstelling"),
            new Item("veiligheid-thuis", "Veiligheid thuis"),
            new Item("wachttijd-diagnostiek", "Wachttijd diagnostiek"),
            new Item("anders", "Anders"));

    private StartList() {
    }
}
