package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseDurationsTest {

    static final LocalDate SINCE = LocalDate.of(2025, 1, 6);
    static final LocalDate SUBMITTED = LocalDate.of(2025, 2, 3);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    @Test
    void countsFromOutOfSchoolToTheStartOfTheAanbodAndFromReferralViaTheFirstTable() {
        CaseDurations d = CaseDurations.of(SINCE, SUBMITTED,
                List.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 2, 12), LocalDate.of(2025, 3, 10)),
                LocalDate.of(2025, 3, 24), TODAY);
        assertThat(d.outOfSchool()).isEqualTo(new DayCount(77));
        assertThat(d.outOfSchool().weeks()).isEqualTo(11);
        assertThat(d.outOfSchoolOngoing()).isFalse();
        assertThat(d.firstTable()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(d.referralToFirstTable()).isEqualTo(new DayCount(9));
        assertThat(d.firstTableToOffer()).isEqualTo(new DayCount(40));
        assertThat(d.tablesHeld()).isEqualTo(2);
    }

    @Test
    void withoutAanbodTheOutOfSchoolClockRunsUntilToday() {
        CaseDurations d = CaseDurations.of(SINCE, SUBMITTED, List.of(LocalDate.of(2025, 2, 12)), null, TODAY);
        assertThat(d.outOfSchool()).isEqualTo(new DayCount(147));
        assertThat(d.outOfSchoolOngoing()).isTrue();
        assertThat(d.firstTableToOffer()).isNull();
    }

    @Test
    void withoutTableThereIsNoTableDuration() {
        CaseDurations d = CaseDurations.of(SINCE, SUBMITTED, List.of(), null, TODAY);
        assertThat(d.referralToFirstTable()).isNull();
        assertThat(d.firstTable()).isNull();
        assertThat(d.tablesHeld()).isZero();
    }

    @Test
    void aDraftWithoutDatesHasNoDurations() {
        CaseDurations d = CaseDurations.of(null, null, List.of(), null, TODAY);
        assertThat(d.outOfSchool()).isNull();
        assertThat(d.referralToFirstTable()).isNull();
    }
}
