package nl.doorbraak.casefile.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Fictional names for generated data: Dutch first names and surnames combined at random, and 342 invented
 * municipality names (as many as the Netherlands has), made from a stem and an ending. No real person or place
 * is meant; generated youth names end in {@link #MARKER}.
 */
public final class GeneratedNames {

    /** Appended to every generated youth and organisation name, so generated data is never mistaken for real. */
    public static final String MARKER = "(gegenereerd)";

    static final List<String> FIRST_NAMES = List.of("Daan", "Sem", "Lucas", "Milan", "Levi", "Noah", "Finn", "Bram",
            "Jesse", "Thijs", "Luuk", "Mees", "Sam", "Noud", "Adam", "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë",
            "Sara", "Nora", "Anna", "Evi", "Lotte", "Fleur", "Liv", "Saar", "Yara");

    static final List<String> SURNAMES = List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
            "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
            "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
            "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen");

    private static final List<String> STEMS = List.of("Aal", "Berk", "Dier", "Eck", "Gel", "Haar", "Hol", "Kat", "Lin",
            "Mar", "Nij", "Oos", "Reu", "Sint", "Stad", "Vel", "Wes", "Zand", "Zoet");

    private static final List<String> ENDINGS = List.of("dam", "veen", "hoven", "dijk", "wijk", "horst", "beek", "rade",
            "zijl", "loo", "burg", "kerk", "broek", "lo", "meer", "berg", "heuvel", "sluis");

    private GeneratedNames() {
    }

    /** 342 distinct invented municipality names, in a fixed order. */
    public static List<String> municipalities() {
        List<String> names = new ArrayList<>(STEMS.size() * ENDINGS.size());
        for (String ending : ENDINGS) {
            for (String stem : STEMS) {
                names.add(stem + ending);
            }
        }
        return names;
    }
}
