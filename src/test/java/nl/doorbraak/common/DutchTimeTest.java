package nl.doorbraak.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class DutchTimeTest {

    private final DutchTime time = new DutchTime();

    @Test
    void showsAMomentFromTheDatabaseInDutchSummerAndWinterTime() {
        assertThat(time.dateTime(OffsetDateTime.of(2026, 7, 1, 10, 0, 0, 0, ZoneOffset.UTC))).isEqualTo("01-07-2026 12:00");
        assertThat(time.dateTime(OffsetDateTime.of(2026, 12, 1, 23, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("02-12-2026 00:30");
        assertThat(time.dateTime(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo("29-03-2026 03:30");
    }

    @Test
    void leavesAWallClockTimeAsItIs() {
        assertThat(time.dateTime(LocalDateTime.of(2026, 12, 6, 9, 0))).isEqualTo("06-12-2026 09:00");
    }

    @Test
    void showsTheDutchDayOfAMomentJustAfterMidnight() {
        assertThat(time.date(OffsetDateTime.of(2026, 12, 1, 23, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("02-12-2026");
        assertThat(DutchTime.showDateTimeSeconds(Instant.parse("2026-07-01T10:00:05Z"))).isEqualTo("01-07-2026 12:00:05");
    }

    @Test
    void showsTheTimeOfDayInDutchTime() {
        assertThat(time.clock(Instant.parse("2026-12-02T13:03:00Z"))).isEqualTo("14:03");
        assertThat(time.clock(Instant.parse("2026-07-01T13:03:00Z"))).isEqualTo("15:03");
        assertThat(time.clock(null)).isEmpty();
    }

    @Test
    void showsNothingForNoMoment() {
        assertThat(time.dateTime(null)).isEmpty();
    }
}
