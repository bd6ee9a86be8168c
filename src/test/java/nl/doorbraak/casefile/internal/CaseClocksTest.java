package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.doorbraak.casefile.CaseStatus;
import org.junit.jupiter.api.Test;

class CaseClocksTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @Test
    void countsDaysAndMarksAnOverdueTable() {
        CaseClocks clocks = CaseClocks.of(CaseStatus.TOEGELATEN, TODAY.minusDays(7), TODAY.minusDays(2),
                TODAY.minusMonths(4), TODAY);
        assertThat(clocks.daysSinceReferral()).isEqualTo(7);
        assertThat(clocks.tableOverdue()).isTrue();
        assertThat(clocks.threeMonthMark()).isEqualTo(TODAY.minusMonths(1));
        assertThat(clocks.threeMonthsPassed()).isTrue();
    }

    @Test
    void aTableOnItsDeadlineDayOrForAClosedCaseIsNotOverdue() {
        assertThat(CaseClocks.of(CaseStatus.AANGEMELD, TODAY, TODAY, TODAY, TODAY).tableOverdue()).isFalse();
        assertThat(CaseClocks.of(CaseStatus.AFGEWEZEN, TODAY.minusDays(9), TODAY.minusDays(4), null, TODAY).tableOverdue()).isFalse();
    }

    @Test
    void aDraftHasNoReferralClock() {
        CaseClocks clocks = CaseClocks.of(CaseStatus.CONCEPT, null, null, null, TODAY);
        assertThat(clocks.daysSinceReferral()).isNull();
        assertThat(clocks.threeMonthMark()).isNull();
    }
}
