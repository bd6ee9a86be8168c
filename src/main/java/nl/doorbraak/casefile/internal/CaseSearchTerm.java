package nl.doorbraak.casefile.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone typed in the case search, read as a case number, a date of birth in Dutch notation (dd-mm-jjjj) and
 * parts of a name; a case must match all of them. "Jansen 12-03-2012" finds that Jansen born on that day.
 */
public record CaseSearchTerm(Long caseNumber, LocalDate birthDate, List<String> nameParts) {

    static final String FIELD = "zoekterm";
    static final int MAX_LENGTH = 100;
    /** A name of fewer letters matches too many cases and cannot use the trigram index. */
    static final int MIN_NAME_LENGTH = 3;

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})");
    private static final Pattern DATE_LIKE = Pattern.compile("[\\d./-]*\\d[\\d./-]*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    public CaseSearchTerm {
        nameParts = List.copyOf(nameParts);
    }

    /** Reads the typed text, or refuses it with the reason for the field {@code zoekterm}. */
    public static CaseSearchTerm parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw refused("casesearch.empty");
        }
        if (text.length() > MAX_LENGTH || text.chars().anyMatch(Character::isISOControl)) {
            throw refused("casesearch.tooLong");
        }
        Long number = null;
        LocalDate birthDate = null;
        List<String> name = new ArrayList<>();
        for (String token : text.split("\\s+")) {
            Matcher date = DATE.matcher(token);
            if (date.matches() && birthDate == null) {
                birthDate = date(date);
            } else if (NUMBER.matcher(token).matches()) {
                if (number != null) {
                    throw refused("casesearch.oneNumber");
                }
                number = Long.valueOf(token);
            } else if (DATE_LIKE.matcher(token).matches()) {
                throw refused("casesearch.badDate");
            } else {
                name.add(token);
            }
        }
        if (!name.isEmpty() && String.join("", name).length() < MIN_NAME_LENGTH) {
            throw refused("casesearch.nameTooShort");
        }
        return new CaseSearchTerm(number, birthDate, name);
    }

    /** The name parts as LIKE patterns' middles: the wildcards a user may type are taken literally. */
    List<String> likeSafeNameParts() {
        return nameParts.stream().map(p -> p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")).toList();
    }

    private static LocalDate date(Matcher date) {
        try {
            return LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(1)));
        } catch (DateTimeException notADay) {
            throw refused("casesearch.badDate");
        }
    }

    private static InputRefused refused(String messageKey) {
        return new InputRefused(List.of(new FieldProblem(FIELD, messageKey)));
    }
}
