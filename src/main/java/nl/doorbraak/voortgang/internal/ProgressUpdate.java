package nl.doorbraak.voortgang.internal;

import java.time.LocalDateTime;

/** One posted progress update as the page shows it. */
public record ProgressUpdate(long id, LocalDateTime postedAt, String author, String text) {
}
