package nl.doorbraak.verslag.internal;

import java.time.Instant;

/**
 * What saving the main form came to: the draft's version afterwards (the page's copy continues from it), the moment
 * the stored draft matched the form, and whether anything had to be written (nothing when it already matched).
 */
public record DraftSave(int version, Instant at, boolean changed) {
}
