package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.doorbraak.casefile.CaseStatus;

/**
 * The clocks of a case: days since referral, the date by which the table must meet (where the region promises
 * one) and whether that passed, days out of school and the three-month mark of the Thuiszitterspact. Pure.
 */
public record CaseClocks(Long daysSinceReferral, LocalDate tableDeadline, boolean tableOverdue,
        Long daysOutOfSchool, LocalDate threeMonthMark, boolean threeMonthsPassed) {

    static final int PACT_MONTHS = 3;

    public static CaseClocks of(CaseStatus status, LocalDate submittedOn, LocalDate tableDeadline,
            LocalDate outOfSchoolSince, LocalDate today) {
        Long sinceReferral = submittedOn == null ? null : ChronoUnit.DAYS.between(submittedOn, today);
        boolean overdue = tableDeadline != null && status.awaitsTable() && today.isAfter(tableDeadline);
        Long outOfSchool = outOfSchoolSince == null ? null : ChronoUnit.DAYS.between(outOfSchoolSince, today);
        LocalDate mark = outOfSchoolSince == null ? null : outOfSchoolSince.plusMonths(PACT_MONTHS);
        return new CaseClocks(sinceReferral, tableDeadline, overdue, outOfSchool, mark,
                mark != null && !today.isBefore(mark));
    }
}
