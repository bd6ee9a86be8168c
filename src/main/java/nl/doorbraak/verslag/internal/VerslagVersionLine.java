package nl.doorbraak.verslag.internal;

import java.time.Instant;

/** One frozen version in the list of versions: when, by whom, and why when it corrects an earlier one. */
public record VerslagVersionLine(int version, Instant finalisedAt, String finalisedBy, String reason) {
}
