package nl.doorbraak.voortgang.internal;

import java.time.LocalDateTime;

/**
 * One posted progress update as the page shows it.
 *
 * @param onBehalfOf the regiehouder without an account the author posted for, or null
 */
public record ProgressUpdate(long id, LocalDateTime postedAt, String author, String text, String onBehalfOf) {
}
