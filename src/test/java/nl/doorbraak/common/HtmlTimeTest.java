package nl.doorbraak.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class HtmlTimeTest {

    @Test
    void writesDutchTimeWithItsOffsetAndNoFractionOfASecond() {
        assertThat(HtmlTime.attribute(Instant.parse("2026-12-02T07:10:30.123456Z"))).isEqualTo("2026-12-02T08:10:30+01:00");
        assertThat(HtmlTime.attribute(Instant.parse("2026-07-01T10:00:00.5Z"))).isEqualTo("2026-07-01T12:00:00+02:00");
    }
}
