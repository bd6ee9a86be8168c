package nl.doorbraak.leerplicht;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The school holidays as published per region and school year; a school year may be missing or incomplete. */
public record SchoolHolidays(List<SchoolHoliday> holidays) {

    public SchoolHolidays {
        holidays = List.copyOf(holidays);
    }

    public static SchoolHolidays none() {
        return new SchoolHolidays(List.of());
    }

    public boolean covers(LocalDate date, VakantieRegio regio) {
        return holidays.stream().anyMatch(h -> h.regio() == regio && h.covers(date));
    }

    /** Whether all five holidays of the school year that {@code date} lies in are known for the region. */
    public boolean completeFor(LocalDate date, VakantieRegio regio) {
        int schoolYear = Leerplicht.schoolYearOf(date);
        Set<SchoolHoliday.Kind> known = holidays.stream()
                .filter(h -> h.regio() == regio && h.schoolYear() == schoolYear).map(SchoolHoliday::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SchoolHoliday.Kind.class)));
        return known.size() == SchoolHoliday.Kind.values().length;
    }
}
