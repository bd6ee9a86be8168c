package nl.doorbraak.common;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A moment as the {@code datetime} attribute of a {@code <time>} element wants it: Dutch time with its offset, to
 * the second. ISO-8601 as Java prints it carries microseconds, which HTML's date-time syntax does not allow.
 */
public final class HtmlTime {

    private static final DateTimeFormatter ATTRIBUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")
            .withZone(DutchTime.ZONE);

    private HtmlTime() {
    }

    public static String attribute(Instant moment) {
        return ATTRIBUTE.format(moment);
    }
}
