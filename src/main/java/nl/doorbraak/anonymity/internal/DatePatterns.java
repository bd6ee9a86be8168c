package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.doorbraak.anonymity.IdentifierKind;

/**
 * Dates in the usual Dutch notations: 12-03-2023, 12/3/2023, 12.03.23, 2023-03-12, 12 maart 2023, 12 mrt '23,
 * maandag 12 maart, maart '23, maart 2023, and "op 12/3". A day needs a month; a month alone ("in maart"), a year
 * alone ("in 2023") and a school year ("2023-2024") are not a date of anyone. A date after "geboren", "jarig" or
 * "verjaardag" (or "werd op 12 maart 14") is a birthday: {@link IdentifierKind#GEBOORTEDATUM}.
 */
public final class DatePatterns {

    private static final String MONTH = "(?:(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december)\\b|(?:jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\b\\.?)";
    private static final String WEEKDAY = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
            + "|ma|di|wo|do|vr|za|zo)\\.?\\s+";
    private static final String YEAR = "(?:['’]\\d{2}|(?:19|20)\\d{2})";
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + WEEKDAY + ")?"
            + "(?:[12]\\d|3[01]|0?[1-9])(?:e|ste|de)?\\s+" + MONTH + "(?:\\s+" + YEAR + "(?!\\d))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + MONTH + "\\s+"
            + YEAR + "(?![\\d-])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.,/-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|[-/.]\\d)");
    private static final Pattern ISO = Pattern.compile("(?<![\\d.,/-])((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?![\\d-])");
    private static final Pattern SHORT = Pattern.compile(
            "(?iu)(?<=\\b(?:op|sinds|vanaf|tot|per|voor|na|tussen|en|t/m|van)\\s)(\\d{1,2})[-/](\\d{1,2})(?![\\d/-]|\\.\\d)"
                    + "(?!\\s*(?:jaar|jr|uur|u\\b|weken|maanden|dagen|keer|kinderen|leerlingen|lessen|%|procent))");
    private static final Pattern BIRTH_BEFORE = Pattern.compile(
            "(?iu)\\b(?:geboren|geb\\.?|geboortedatum|jarig|verjaardag|verjaart|werd|wordt|geboortedag)\\b[^.!?\\n]{0,25}$");
    private static final Pattern BIRTH_AFTER = Pattern.compile("(?iu)^\\s*(?:jarig|geboren|verjaardag)\\b");
    private static final Pattern AGE_AFTER = Pattern.compile("(?iu)^\\s+(?:[4-9]|1\\d|2[0-5])(?:\\s+(?:jaar|jr))?(?!\\d)");

    private DatePatterns() {
    }

    public static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        add(DAY_MONTH.matcher(text), text, found);
        add(MONTH_YEAR.matcher(text), text, found);
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            if (valid(numeric.group(1), numeric.group(3))) {
                found.add(dated(text, numeric.start(), numeric.end()));
            }
        }
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            if (valid(iso.group(3), iso.group(2))) {
                found.add(dated(text, iso.start(), iso.end()));
            }
        }
        Matcher shortDate = SHORT.matcher(text);
        while (shortDate.find()) {
            if (valid(shortDate.group(1), shortDate.group(2))) {
                found.add(dated(text, shortDate.start(), shortDate.end()));
            }
        }
        return found;
    }

    private static void add(Matcher matcher, String text, List<Finding> found) {
        while (matcher.find()) {
            found.add(dated(text, matcher.start(), matcher.end()));
        }
    }

    private static boolean valid(String day, String month) {
        int d = Integer.parseInt(day);
        int m = Integer.parseInt(month);
        return d >= 1 && d <= 31 && m >= 1 && m <= 12;
    }

    /** A date, or a birthday when the words around it say so ("geboren op", "jarig op", "werd op 12 maart 14"). */
    private static Finding dated(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 40), start);
        String after = text.substring(end, Math.min(text.length(), end + 20));
        Matcher birthBefore = BIRTH_BEFORE.matcher(before);
        if (birthBefore.find()) {
            String word = birthBefore.group().toLowerCase(Locale.ROOT);
            boolean turned = word.startsWith("werd") || word.startsWith("wordt");
            Matcher age = AGE_AFTER.matcher(after);
            if (!turned) {
                return new Finding(start, end, IdentifierKind.GEBOORTEDATUM, "anonymity.reason.geboortedatum");
            }
            if (age.find()) {
                return new Finding(start, end + age.end(), IdentifierKind.GEBOORTEDATUM, "anonymity.reason.geboortedatum");
            }
        }
        if (BIRTH_AFTER.matcher(after).find()) {
            return new Finding(start, end, IdentifierKind.GEBOORTEDATUM, "anonymity.reason.geboortedatum");
        }
        return new Finding(start, end, IdentifierKind.DATUM, "anonymity.reason.datum");
    }
}
