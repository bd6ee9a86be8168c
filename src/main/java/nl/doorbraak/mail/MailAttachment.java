package nl.doorbraak.mail;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One text file sent along with a mail, such as a meeting's iCalendar file. Like the mail itself it must hold no
 * personal data about a youth.
 *
 * @param filename a plain file name such as {@code uitnodiging.ics}
 * @param contentType the MIME type with its parameters, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
 */
public record MailAttachment(String filename, String contentType, String content) {

    /** The outbox stores at most this many characters of attachment text. */
    public static final int MAX_CONTENT_LENGTH = 100_000;

    private static final Pattern FILENAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public MailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (!FILENAME.matcher(filename).matches()) {
            throw new IllegalArgumentException("Not a plain file name: " + filename);
        }
        if (contentType.isBlank() || contentType.length() > 200 || contentType.contains("\n") || contentType.contains("\r")) {
            throw new IllegalArgumentException("Not a content type: " + contentType);
        }
        if (content.length() > MAX_CONTENT_LENGTH) {
            throw new IllegalArgumentException("Attachment longer than " + MAX_CONTENT_LENGTH + " characters");
        }
    }

    /** True for an iCalendar file, which mail clients show as an invitation. */
    public boolean isCalendar() {
        return contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/calendar");
    }
}
