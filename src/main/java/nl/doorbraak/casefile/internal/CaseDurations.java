package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

/**
 * The durations the region is judged on: how long the youth was out of school until the passend aanbod started (or
 * until today, still running), from referral to the first table, from the first table to the passend aanbod, and how
 * many tables were held. A duration is null when one of its dates is not there yet. Pure.
 */
public record CaseDurations(DayCount outOfSchool, boolean outOfSchoolOngoing, DayCount referralToFirstTable,
        DayCount firstTableToOffer, LocalDate firstTable, int tablesHeld) {

    /**
     * @param tableDates the meeting dates of the finalised verslagen; the same date twice is one table
     * @param offerStartsOn the start date of the passend aanbod, null when there is none (yet)
     */
    public static CaseDurations of(LocalDate outOfSchoolSince, LocalDate submittedOn, Collection<LocalDate> tableDates,
            LocalDate offerStartsOn, LocalDate today) {
        LocalDate firstTable = tableDates.stream().min(Comparator.naturalOrder()).orElse(null);
        int tables = (int) tableDates.stream().distinct().count();
        boolean ongoing = offerStartsOn == null;
        return new CaseDurations(DayCount.between(outOfSchoolSince, ongoing ? today : offerStartsOn), ongoing,
                DayCount.between(submittedOn, firstTable), DayCount.between(firstTable, offerStartsOn), firstTable,
                tables);
    }
}
