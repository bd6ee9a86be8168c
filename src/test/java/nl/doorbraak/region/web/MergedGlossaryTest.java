package nl.doorbraak.region.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.doorbraak.region.Admission;
import nl.doorbraak.region.GlossaryTerm;
import nl.doorbraak.region.Werkwijze;
import org.junit.jupiter.api.Test;

class MergedGlossaryTest {

    private static Werkwijze region(String name, GlossaryTerm... terms) {
        return new Werkwijze(name.toLowerCase(), name, "-", null, List.of(name), List.of(), List.of(), List.of(),
                new Admission("Vooroverleg", List.of(), false, "-", null, 0, null, false, null), null, null, List.of(),
                List.of("?"), List.of(terms), null, null, null);
    }

    @Test
    void mergesSameMeaningsSortsTermsAndNotesRegionalVariants() {
        List<MergedGlossary.Entry> entries = MergedGlossary.of(List.of(
                region("Noord", new GlossaryTerm("SWV", "Samenwerkingsverband.", false),
                        new GlossaryTerm("actietafel", "Tafel voor één casus.", false)),
                region("Zuid", new GlossaryTerm("SWV", "Samenwerkingsverband.", false),
                        new GlossaryTerm("Actietafel", "Zeswekelijks overleg.", false),
                        new GlossaryTerm("Arrangement", "Onderwijs en zorg op maat.", false))));

        assertThat(entries).extracting(MergedGlossary.Entry::term).containsExactly("actietafel", "Arrangement", "SWV");
        MergedGlossary.Entry swv = entries.get(2);
        assertThat(swv.hasVariants()).isFalse();
        assertThat(swv.usedEverywhere()).isTrue();
        MergedGlossary.Entry actietafel = entries.get(0);
        assertThat(actietafel.hasVariants()).isTrue();
        assertThat(actietafel.meanings()).extracting(MergedGlossary.Meaning::regions)
                .containsExactly(List.of("Noord"), List.of("Zuid"));
        assertThat(entries.get(1).usedEverywhere()).isFalse();
    }
}
