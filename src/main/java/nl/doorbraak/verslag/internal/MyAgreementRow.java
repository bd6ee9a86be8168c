package nl.doorbraak.verslag.internal;

import java.time.LocalDate;

/** One line of "Mijn afspraken": the agreement, the youth it is about, and whether the case is closed. */
public record MyAgreementRow(long id, long caseId, String youthName, String what, LocalDate dueOn, String result,
        String status, boolean overdue, boolean caseClosed) {
}
