package nl.doorbraak.leertafel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.doorbraak.casefile.ClosedCase;
import org.junit.jupiter.api.Test;

/** A closed case put in the leertafel's bands, at the boundaries of each band. */
class LeertafelCaseBandsTest {

    @Test
    void putsAgesInTheirBandAtEachBoundary() {
        assertThat(LeertafelCaseBands.age(3)).isNull();
        assertThat(LeertafelCaseBands.age(4)).isEqualTo("4-7");
        assertThat(LeertafelCaseBands.age(7)).isEqualTo("4-7");
        assertThat(LeertafelCaseBands.age(8)).isEqualTo("8-11");
        assertThat(LeertafelCaseBands.age(11)).isEqualTo("8-11");
        assertThat(LeertafelCaseBands.age(12)).isEqualTo("12-15");
        assertThat(LeertafelCaseBands.age(15)).isEqualTo("12-15");
        assertThat(LeertafelCaseBands.age(16)).isEqualTo("16-17");
        assertThat(LeertafelCaseBands.age(17)).isEqualTo("16-17");
        assertThat(LeertafelCaseBands.age(18)).isEqualTo("18+");
        assertThat(LeertafelCaseBands.age(23)).isEqualTo("18+");
    }

    @Test
    void putsDurationsInTheLongerBandOnABoundary() {
        assertThat(LeertafelCaseBands.duration(null)).isNull();
        assertThat(LeertafelCaseBands.duration(0)).isEqualTo("KORTER_DAN_4_WEKEN");
        assertThat(LeertafelCaseBands.duration(27)).isEqualTo("KORTER_DAN_4_WEKEN");
        assertThat(LeertafelCaseBands.duration(28)).isEqualTo("4_WEKEN_3_MAANDEN");
        assertThat(LeertafelCaseBands.duration(90)).isEqualTo("4_WEKEN_3_MAANDEN");
        assertThat(LeertafelCaseBands.duration(91)).isEqualTo("3_6_MAANDEN");
        assertThat(LeertafelCaseBands.duration(181)).isEqualTo("3_6_MAANDEN");
        assertThat(LeertafelCaseBands.duration(182)).isEqualTo("6_12_MAANDEN");
        assertThat(LeertafelCaseBands.duration(364)).isEqualTo("6_12_MAANDEN");
        assertThat(LeertafelCaseBands.duration(365)).isEqualTo("LANGER_DAN_1_JAAR");
    }

    @Test
    void namesTheSectorFromSpecialEducationFirstThenTheCaseThenTheSchool() {
        assertThat(LeertafelCaseBands.sector("VSO", "VO")).isEqualTo("VSO");
        assertThat(LeertafelCaseBands.sector("SO", "PO")).isEqualTo("VSO");
        assertThat(LeertafelCaseBands.sector("VO", "VO")).isEqualTo("VO");
        assertThat(LeertafelCaseBands.sector("PO", "ZORG_LOKAAL")).isEqualTo("GEMEENTELIJKE_TOEGANG");
        assertThat(LeertafelCaseBands.sector("SBO", "LEERPLICHT")).isEqualTo("PO");
        assertThat(LeertafelCaseBands.sector("MBO", "ANDERS")).isEqualTo("VO");
        assertThat(LeertafelCaseBands.sector(null, "LEERPLICHT")).isNull();
    }

    @Test
    void generalisesAClosedCaseIntoBandsOnly() {
        ClosedCase closed = new ClosedCase(7, "tilburg", 15, "VO", "VO", 182, 27, "SO_VSO",
                List.of("Fenna Quaadvliet", "Quaadvliet"));
        LeertafelCaseDraft draft = CaseOfferGeneralisation.of(closed);

        assertThat(draft.ageBand()).isEqualTo("12-15");
        assertThat(draft.schoolType()).isEqualTo("VO");
        assertThat(draft.sector()).isEqualTo("VO");
        assertThat(draft.outOfSchoolBand()).isEqualTo("6_12_MAANDEN");
        assertThat(draft.processBand()).isEqualTo("KORTER_DAN_4_WEKEN");
        assertThat(draft.outcomeType()).isEqualTo("SO_VSO");
        assertThat(draft.title()).isNull();
        assertThat(draft.situation()).isNull();
    }

    @Test
    void keepsTheFilledFieldsOverWhatAFormSendsAndTakesTheFormWhereTheCaseSaysNothing() {
        LeertafelCaseDraft generalised = CaseOfferGeneralisation.of(
                new ClosedCase(7, "tilburg", 9, null, "LEERPLICHT", null, 40, "ANDERE_REDEN", List.of()));
        LeertafelCaseDraft typed = new LeertafelCaseDraft("Titel", "18+", "PO", "PO", "NIET", "LANGER_DAN_1_JAAR",
                "EIGEN_SCHOOL", List.of("Een rooster"), java.util.Set.of(), "Situatie", "Vraag");

        LeertafelCaseDraft filled = CaseOfferGeneralisation.fill(typed, generalised);

        assertThat(filled.ageBand()).isEqualTo("8-11");
        assertThat(filled.schoolType()).isEqualTo("PO");
        assertThat(filled.sector()).isEqualTo("PO");
        assertThat(filled.outOfSchoolBand()).isEqualTo("NIET");
        assertThat(filled.processBand()).isEqualTo("4_WEKEN_3_MAANDEN");
        assertThat(filled.outcomeType()).isEqualTo("ANDERE_REDEN");
        assertThat(filled.title()).isEqualTo("Titel");
    }

    @Test
    void storesNothingOddFromATamperedForm() {
        LeertafelCaseDraft draft = new LeertafelCaseDraft(" ", "99", "HBO", "ZORG", "x", "y", "z",
                List.of(" ", "Een rooster "), null, "  ", null);
        assertThat(draft.title()).isNull();
        assertThat(draft.ageBand()).isNull();
        assertThat(draft.schoolType()).isNull();
        assertThat(draft.sector()).isNull();
        assertThat(draft.interventions()).containsExactly("Een rooster");
        assertThat(draft.situation()).isNull();
    }
}
