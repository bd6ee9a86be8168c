package nl.doorbraak.mail.internal;

import java.util.regex.Pattern;

/**
 * Turns a delivery failure into a short text for the outbox overview. Mail servers like to repeat the
 * recipient's address in their errors, so addresses are masked.
 */
final class TransportErrors {

    static final int MAX_LENGTH = 300;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'@,;:]+@[^\\s<>\"',;:]+");

    private TransportErrors() {
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().strip();
        String text = ADDRESS.matcher(root.getClass().getSimpleName() + message).replaceAll("[adres]");
        text = text.replaceAll("\\s+", " ");
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }
}
