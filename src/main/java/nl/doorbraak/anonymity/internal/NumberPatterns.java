package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.doorbraak.anonymity.IdentifierKind;

/**
 * BSN and postcodes. A BSN is 9 digits (spaces or dots allowed between them) that pass the elfproef; 8 digits count
 * only right after a word such as "BSN", since many 8-digit numbers pass by chance. An amount is never a BSN.
 */
public final class NumberPatterns {

    private static final Pattern BSN = Pattern.compile("(?<![\\d.,€/-])\\d(?:[ .]?\\d){7,8}(?![\\d,/-]|\\.\\d)");
    private static final Pattern BSN_WORD = Pattern.compile(
            "(?i)(?:bsn|burgerservicenummer|sofi-?nummer|persoonsnummer)\\b[^\\d]{0,25}$");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\d\\p{L}])[1-9]\\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\\p{L}\\d])");

    private NumberPatterns() {
    }

    public static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Matcher bsn = BSN.matcher(text);
        while (bsn.find()) {
            String digits = bsn.group().replaceAll("\\D", "");
            String before = text.substring(Math.max(0, bsn.start() - 30), bsn.start());
            boolean named = BSN_WORD.matcher(before).find();
            boolean amount = before.stripTrailing().endsWith("€") || before.toUpperCase(Locale.ROOT).endsWith("EUR ")
                    || text.substring(bsn.end(), Math.min(text.length(), bsn.end() + 8)).toLowerCase(Locale.ROOT)
                    .matches("(?s)\\s*euro.*");
            if (!amount && Elfproef.passes(digits) && (digits.length() == 9 || named)) {
                found.add(new Finding(bsn.start(), bsn.end(), IdentifierKind.BSN, "anonymity.reason.bsn"));
            }
        }
        ContactPatterns.all(POSTCODE, text, IdentifierKind.POSTCODE, "anonymity.reason.postcode", found);
        return found;
    }
}
