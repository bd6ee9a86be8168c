package nl.doorbraak.region.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.doorbraak.region.GlossaryTerm;
import nl.doorbraak.region.Werkwijze;

/**
 * The glossary terms of all regions in one sorted list. A term every region that uses it explains the same way
 * has one meaning; otherwise each meaning is listed with the regions that use it.
 */
final class MergedGlossary {

    record Meaning(String text, List<String> regions) {
    }

    record Entry(String term, List<Meaning> meanings, boolean usedEverywhere) {

        public boolean hasVariants() {
            return meanings.size() > 1;
        }
    }

    private MergedGlossary() {
    }

    static List<Entry> of(List<Werkwijze> werkwijzen) {
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        dutch.setStrength(Collator.SECONDARY);
        Map<String, Map<String, List<String>>> byTerm = new TreeMap<>(dutch);
        for (Werkwijze werkwijze : werkwijzen) {
            for (GlossaryTerm term : werkwijze.glossary()) {
                byTerm.computeIfAbsent(term.term(), t -> new LinkedHashMap<>())
                        .computeIfAbsent(term.meaning(), m -> new ArrayList<>()).add(werkwijze.name());
            }
        }
        List<Entry> entries = new ArrayList<>();
        byTerm.forEach((term, meanings) -> {
            List<Meaning> list = meanings.entrySet().stream().map(e -> new Meaning(e.getKey(), List.copyOf(e.getValue()))).toList();
            long regions = list.stream().mapToLong(m -> m.regions().size()).sum();
            entries.add(new Entry(term, list, regions == werkwijzen.size()));
        });
        return List.copyOf(entries);
    }
}
