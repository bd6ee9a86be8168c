package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseSearchTermTest {

    @Test
    void readsPartsOfANameADutchDateOfBirthAndACaseNumber() {
        CaseSearchTerm term = CaseSearchTerm.parse("  de Vries 3-2-2010 1234 ");
        assertThat(term.nameParts()).isEqualTo(List.of("de", "Vries"));
        assertThat(term.birthDate()).isEqualTo(LocalDate.of(2010, 2, 3));
        assertThat(term.caseNumber()).isEqualTo(1234L);
    }

    @Test
    void acceptsDotsAndSlashesInADate() {
        assertThat(CaseSearchTerm.parse("12.03.2012").birthDate()).isEqualTo(LocalDate.of(2012, 3, 12));
        assertThat(CaseSearchTerm.parse("12/03/2012").birthDate()).isEqualTo(LocalDate.of(2012, 3, 12));
    }

    @Test
    void refusesADayThatDoesNotExistAndAHalfTypedDate() {
        expectRefused("31-02-2012", "casesearch.badDate");
        expectRefused("12-03", "casesearch.badDate");
        expectRefused("2012-03-12", "casesearch.badDate");
    }

    @Test
    void refusesAnEmptyTermATooShortNameAndTwoNumbers() {
        expectRefused("   ", "casesearch.empty");
        expectRefused(null, "casesearch.empty");
        expectRefused("ab", "casesearch.nameTooShort");
        expectRefused("12 34", "casesearch.oneNumber");
        expectRefused("x".repeat(101), "casesearch.tooLong");
    }

    private static void expectRefused(String typed, String key) {
        assertThatThrownBy(() -> CaseSearchTerm.parse(typed)).isInstanceOfSatisfying(InputRefused.class,
                refused -> assertThat(refused.problems()).containsExactly(new FieldProblem("zoekterm", key)));
    }
}
