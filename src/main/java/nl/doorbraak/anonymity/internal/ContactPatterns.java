package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.doorbraak.anonymity.IdentifierKind;

/** E-mail addresses, internet addresses and phone numbers (06, 0xx, +31, 0031, 0800/0900, and +xx from abroad). */
public final class ContactPatterns {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[\\w.%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)(?<![\\w@/.-])(?:https?://|www\\.)[^\\s<>\"]+"
            + "|(?i)(?<![\\w@/.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+"
            + "(?:nl|com|org|net|eu|be|info|nu|frl|io|de)(?![\\w@-])(?:/[^\\s<>\"]*)?");
    /** Between digits: nothing, a space or a hyphen (with or without spaces around it). */
    private static final String GAP = "(?:\\s?-\\s?|[ \\u00a0]|\\.)?";
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+|00)31" + GAP + "(?:\\(0\\)" + GAP + ")?[1-9](?:" + GAP + "\\d){8}(?!\\d)"
                    + "|(?<![\\d.,/€-])\\(0[1-9]\\d{1,2}\\)" + GAP + "\\d(?:" + GAP + "\\d){5,6}(?!\\d)"
                    + "|(?<![\\d.,/€-])0[1-9](?:" + GAP + "\\d){8}(?![\\d,])"
                    + "|(?<![\\d.,/€-])0[89]00" + GAP + "\\d{4,7}(?!\\d)"
                    + "|(?<![\\d+])\\+(?!31)[1-9]\\d{0,2}" + GAP + "\\d(?:" + GAP + "\\d){6,12}(?!\\d)");

    private ContactPatterns() {
    }

    public static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        all(EMAIL, text, IdentifierKind.EMAIL, "anonymity.reason.email", found);
        Matcher url = URL.matcher(text);
        while (url.find()) {
            int end = trimmedEnd(text, url.start(), url.end());
            if (end > url.start()) {
                found.add(new Finding(url.start(), end, IdentifierKind.URL, "anonymity.reason.url"));
            }
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String digits = phone.group().replaceAll("\\D", "");
            boolean service = digits.startsWith("0800") || digits.startsWith("0900");
            boolean abroad = phone.group().startsWith("+") && !digits.startsWith("31");
            boolean national = digits.startsWith("0") && digits.length() == 10;
            boolean international = (digits.startsWith("31") && digits.length() == 11)
                    || (digits.startsWith("0031") && digits.length() == 13)
                    || (digits.startsWith("310") && digits.length() == 12) // +31 (0)6 ...
                    || (digits.startsWith("00310") && digits.length() == 14);
            if (service || national || international || abroad) {
                found.add(new Finding(phone.start(), phone.end(), IdentifierKind.TELEFOON, "anonymity.reason.telefoon"));
            }
        }
        return found;
    }

    static void all(Pattern pattern, String text, IdentifierKind kind, String reasonKey, List<Finding> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new Finding(matcher.start(), matcher.end(), kind, reasonKey));
        }
    }

    /** A URL does not end with the full stop or bracket of the sentence around it. */
    private static int trimmedEnd(String text, int start, int end) {
        while (end > start && ".,;:!?)'\"”’".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
