package nl.doorbraak.verslag.internal;

import java.time.LocalDate;

import nl.doorbraak.casefile.CaseSummary;

/** One scenario of a case, with its activation form when the reader may activate it. */
public record ScenarioActivationPage(CaseSummary summary, ScenarioItem item, boolean closed, LocalDate today) {
}
