package nl.doorbraak.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 section 3.1 demands. ical4j's own folding counts characters,
 * so a Dutch "ë" or a "€" (two and three octets in UTF-8) can push its lines past the limit; strict clients then
 * reject or garble the invitation. We fold the unfolded output ourselves and never split a character.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r?\n")) {
            foldLine(line, folded);
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
        }
        out.append(CRLF);
    }
}
