package nl.doorbraak.leerplicht.internal;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import nl.doorbraak.leerplicht.SchoolCalendar;
import nl.doorbraak.leerplicht.SchoolHolidays;
import nl.doorbraak.leerplicht.VakantieRegio;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class SchoolHolidayFileTest {

    private static SchoolHolidays read(String content) {
        return SchoolHolidayFile.read(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8), "vakanties.csv"));
    }

    @Test
    void theShippedFileKnowsSchoolYear2025For2026InEveryRegion() {
        SchoolHolidays shipped = SchoolHolidayFile.read(new ClassPathResource("leerplicht/schoolvakanties.csv"));
        for (VakantieRegio regio : VakantieRegio.values()) {
            assertThat(shipped.completeFor(parse("2026-03-01"), regio)).as(regio.code()).isTrue();
        }
        assertThat(SchoolCalendar.of(shipped, VakantieRegio.NOORD).isSchoolDay(parse("2026-07-06"))).isFalse();
        assertThat(SchoolCalendar.of(shipped, VakantieRegio.MIDDEN).isSchoolDay(parse("2026-07-06"))).isTrue();
    }

    @Test
    void theShippedFileKnowsSchoolYear2026For2027InRegionMiddenOnly() {
        SchoolHolidays shipped = SchoolHolidayFile.read(new ClassPathResource("leerplicht/schoolvakanties.csv"));
        assertThat(shipped.completeFor(parse("2027-03-01"), VakantieRegio.MIDDEN)).isTrue();
        assertThat(shipped.completeFor(parse("2027-03-01"), VakantieRegio.NOORD)).isFalse();
        assertThat(SchoolCalendar.of(shipped, VakantieRegio.MIDDEN).isSchoolDay(parse("2027-02-22"))).isFalse();
        assertThat(SchoolCalendar.of(shipped, VakantieRegio.NOORD).isSchoolDay(parse("2027-04-27"))).isFalse();
    }

    @Test
    void namesTheFileTheLineAndTheFieldOfAMistake() {
        assertThatThrownBy(() -> read("schooljaar;regio;vakantie;van;tot\n2025-2026;oost;kerst;2025-12-20;2026-01-04\n"))
                .hasMessageContaining("regel 2, veld 'regio': 'oost' is geen noord, midden of zuid");
        assertThatThrownBy(() -> read("# uitleg\nschooljaar;regio;vakantie;van;tot\n2025-2026;noord;kerst;20-12-2025;2026-01-04\n"))
                .hasMessageContaining("regel 3, veld 'van': '20-12-2025' is geen datum als JJJJ-MM-DD");
        assertThatThrownBy(() -> read("schooljaar;regio;vakantie;van;tot\n2025-2026;noord;pinkster;2025-12-20;2026-01-04\n"))
                .hasMessageContaining("veld 'vakantie'");
        assertThatThrownBy(() -> read("jaar;regio\n")).hasMessageContaining("regel 1, veld 'kopregel'");
    }

    @Test
    void refusesAHolidayOutsideItsSchoolYear() {
        assertThatThrownBy(() -> read("schooljaar;regio;vakantie;van;tot\n2024-2025;noord;kerst;2025-12-20;2026-01-04\n"))
                .hasMessageContaining("ligt niet in schooljaar 2024-2025");
    }
}
