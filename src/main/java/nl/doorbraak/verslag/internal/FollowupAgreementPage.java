package nl.doorbraak.verslag.internal;

import java.time.LocalDate;

import nl.doorbraak.casefile.CaseSummary;

/** One agreement of a case with its history and the forms its reader may use. */
public record FollowupAgreementPage(CaseSummary summary, FollowupItem item, boolean closed, LocalDate today) {
}
