package nl.doorbraak.leerplicht;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Classifies absence in the Inspectie's terms. The bands are measured in calendar time from the first day out of
 * school: exactly 4 weeks already counts as langdurig (the band starts at 4 weeks), exactly 3 months still falls in
 * the 4 weeks - 3 months band, the day after counts as longer than 3 months.
 */
public final class Verzuim {

    private Verzuim() {
    }

    /**
     * @param dates            the youth's Leerplichtwet dates
     * @param enrolled         whether the youth is enrolled at a school or institution
     * @param outOfSchoolSince the first day out of school; null when an enrolled youth attends
     * @param today            the day to classify
     * @param exempt           whether an exemption applies (art. 5, 5a, 11, 15)
     */
    public static VerzuimSoort classify(LeerplichtDates dates, boolean enrolled, LocalDate outOfSchoolSince,
            LocalDate today, boolean exempt) {
        return classify(dates.dutyOn(today).duty(), enrolled, outOfSchoolSince, today, exempt);
    }

    /** As {@link #classify(LeerplichtDates, boolean, LocalDate, LocalDate, boolean)}, with the duty known. */
    public static VerzuimSoort classify(Duty duty, boolean enrolled, LocalDate outOfSchoolSince, LocalDate today,
            boolean exempt) {
        Objects.requireNonNull(today, "today");
        if (duty == Duty.GEEN) {
            return VerzuimSoort.GEEN_PLICHT;
        }
        if (exempt) {
            return VerzuimSoort.VRIJGESTELD;
        }
        if (!enrolled) {
            return VerzuimSoort.ABSOLUUT_VERZUIM;
        }
        return outOfSchoolSince == null ? VerzuimSoort.GEEN_VERZUIM : relatief(outOfSchoolSince, today);
    }

    private static VerzuimSoort relatief(LocalDate outOfSchoolSince, LocalDate today) {
        if (outOfSchoolSince.isAfter(today)) {
            throw new IllegalArgumentException("outOfSchoolSince after today");
        }
        if (today.isBefore(outOfSchoolSince.plusWeeks(4))) {
            return VerzuimSoort.RELATIEF_VERZUIM_KORT;
        }
        if (!today.isAfter(outOfSchoolSince.plusMonths(3))) {
            return VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_4_WEKEN_TOT_3_MAANDEN;
        }
        return VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_LANGER_DAN_3_MAANDEN;
    }
}
