package nl.doorbraak.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The opbrengst's period from the address, without Spring. */
class OpbrengstPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void coversTheLastFourQuartersWhenNoneIsGiven() {
        OpbrengstPeriod period = OpbrengstPeriod.of(null, "", TODAY);
        assertThat(period.from()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(period.to()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(OpbrengstPeriod.of(null, null, LocalDate.of(2026, 5, 20)).from()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(period.refused()).isFalse();
    }

    @Test
    void takesTheMonthsGiven() {
        OpbrengstPeriod period = OpbrengstPeriod.of("2026-01", "2026-06", TODAY);
        assertThat(period.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void refusesAReversedOrUnreadablePeriodAndFallsBackToTheLastFourQuarters() {
        assertThat(OpbrengstPeriod.of("2026-06", "2026-01", TODAY).problemKey())
                .isEqualTo("proposals.opbrengst.period.reversed");
        OpbrengstPeriod unreadable = OpbrengstPeriod.of("juni", "2026-01", TODAY);
        assertThat(unreadable.problemKey()).isEqualTo("proposals.opbrengst.period.invalid");
        assertThat(unreadable.from()).isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void refusesMoreThanThreeYears() {
        assertThat(OpbrengstPeriod.of("2023-01", "2026-01", TODAY).problemKey())
                .isEqualTo("proposals.opbrengst.period.tooLong");
        assertThat(OpbrengstPeriod.of("2024-01", "2026-12", TODAY).refused()).isFalse();
    }
}
