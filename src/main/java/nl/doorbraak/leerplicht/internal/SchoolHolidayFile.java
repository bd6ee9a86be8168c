package nl.doorbraak.leerplicht.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.doorbraak.leerplicht.SchoolHoliday;
import nl.doorbraak.leerplicht.SchoolHolidays;
import nl.doorbraak.leerplicht.VakantieRegio;
import org.springframework.core.io.Resource;

/**
 * Reads the school holidays from a semicolon-separated file: {@code schooljaar;regio;vakantie;van;tot}, e.g.
 * {@code 2025-2026;midden;kerst;2025-12-20;2026-01-04}. Lines starting with # are comments. A mistake stops the
 * start with the file, the line and the field named.
 */
final class SchoolHolidayFile {

    private static final String HEADER = "schooljaar;regio;vakantie;van;tot";

    private SchoolHolidayFile() {
    }

    static SchoolHolidays read(Resource resource) {
        String file = resource.getDescription();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<SchoolHoliday> holidays = new ArrayList<>();
            boolean headerSeen = false;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    require(trimmed.equals(HEADER), file, number, "kopregel", "verwacht '" + HEADER + "'");
                    headerSeen = true;
                    continue;
                }
                holidays.add(parse(trimmed, file, number));
            }
            return new SchoolHolidays(holidays);
        } catch (IOException e) {
            throw new SchoolHolidayFileException(file + ": het bestand is niet te lezen (" + e.getMessage() + ")", e);
        }
    }

    private static SchoolHoliday parse(String line, String file, int number) {
        String[] fields = line.split(";", -1);
        require(fields.length == 5, file, number, "regel", "verwacht 5 velden gescheiden door ;, gevonden " + fields.length);
        int schoolYear = schoolYear(fields[0].strip(), file, number);
        VakantieRegio regio = VakantieRegio.fromCode(fields[1]).orElseThrow(() -> problem(file, number, "regio",
                "'" + fields[1] + "' is geen noord, midden of zuid"));
        SchoolHoliday.Kind kind = kind(fields[2].strip(), file, number);
        LocalDate from = date(fields[3].strip(), file, number, "van");
        LocalDate until = date(fields[4].strip(), file, number, "tot");
        require(!until.isBefore(from), file, number, "tot", "ligt voor 'van'");
        require(from.isAfter(LocalDate.of(schoolYear, 7, 1)) && until.isBefore(LocalDate.of(schoolYear + 1, 10, 1)),
                file, number, "van", "ligt niet in schooljaar " + fields[0].strip());
        return new SchoolHoliday(schoolYear, regio, kind, from, until);
    }

    private static int schoolYear(String value, String file, int number) {
        String[] years = value.split("-");
        try {
            require(years.length == 2, file, number, "schooljaar", "schrijf het als 2025-2026");
            int first = Integer.parseInt(years[0]);
            require(Integer.parseInt(years[1]) == first + 1, file, number, "schooljaar", "schrijf het als 2025-2026");
            return first;
        } catch (NumberFormatException e) {
            throw problem(file, number, "schooljaar", "schrijf het als 2025-2026");
        }
    }

    private static SchoolHoliday.Kind kind(String value, String file, int number) {
        try {
            return SchoolHoliday.Kind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(file, number, "vakantie", "'" + value + "' is geen herfst, kerst, voorjaar, mei of zomer");
        }
    }

    private static LocalDate date(String value, String file, int number, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw problem(file, number, field, "'" + value + "' is geen datum als JJJJ-MM-DD");
        }
    }

    private static void require(boolean condition, String file, int number, String field, String message) {
        if (!condition) {
            throw problem(file, number, field, message);
        }
    }

    private static SchoolHolidayFileException problem(String file, int number, String field, String message) {
        return new SchoolHolidayFileException(file + ", regel " + number + ", veld '" + field + "': " + message, null);
    }
}
