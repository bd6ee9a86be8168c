package nl.doorbraak.calendar;

import java.util.Objects;
import java.util.regex.Pattern;

/** A person's e-mail address and display name, as they appear in ORGANIZER and ATTENDEE. */
public record Contact(String email, String name) {

    /** Deliberately simple: one {@code @}, no spaces or characters that would break a {@code mailto:} URI. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s:;,<>\"]+@[^@\\s:;,<>\"]+\\.[^@\\s:;,<>\"]+");

    public Contact {
        Objects.requireNonNull(email, "email");
        if (!EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
        name = SingleLine.require(name, "name", 120);
    }
}
