package nl.doorbraak.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The managers of an organisation for opschalen: a comma-separated list of e-mail addresses, parsed and checked. */
public final class EscalationContacts {

    /** Deliberately simple: one @, no spaces or commas, a dot in the domain. */
    private static final Pattern ADDRESS = Pattern.compile("^[^\\s,@]+@[^\\s,@]+\\.[^\\s,@]+$");
    public static final int MAX_LENGTH = 1000;

    private EscalationContacts() {
    }

    /** The addresses in the text; empty for null or blank text. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether every address in the text looks like an e-mail address (null or blank text is valid). */
    public static boolean valid(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        return text.length() <= MAX_LENGTH && Arrays.stream(text.split(",")).map(String::strip)
                .allMatch(address -> ADDRESS.matcher(address).matches());
    }

    /** The stored form: addresses joined by ", ", or null when there are none. */
    public static String normalise(String text) {
        List<String> addresses = parse(text);
        return addresses.isEmpty() ? null : String.join(", ", addresses);
    }
}
