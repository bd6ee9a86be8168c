package nl.doorbraak.leerplicht;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The school calendar of each holiday region, from the configured school holiday data. */
@Component
public class SchoolCalendars {

    private final SchoolHolidays holidays;

    SchoolCalendars(SchoolHolidays holidays) {
        this.holidays = holidays;
    }

    /** The calendar of the region; without a region only weekends and public holidays count. */
    public SchoolCalendar of(Optional<VakantieRegio> regio) {
        return regio.map(r -> SchoolCalendar.of(holidays, r)).orElseGet(SchoolCalendar::withoutSchoolHolidays);
    }
}
