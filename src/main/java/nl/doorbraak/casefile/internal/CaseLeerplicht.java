package nl.doorbraak.casefile.internal;

import java.time.LocalDate;

import nl.doorbraak.leerplicht.Duty;
import nl.doorbraak.leerplicht.DutyOnDate;
import nl.doorbraak.leerplicht.Leerplicht;
import nl.doorbraak.leerplicht.LeerplichtDates;
import nl.doorbraak.leerplicht.SchoolCalendar;
import nl.doorbraak.leerplicht.Verzuim;
import nl.doorbraak.leerplicht.VerzuimSoort;

/**
 * The youth's duty today and the kind of absence, from the facts a case holds. Pure.
 *
 * <p>A case stores whether the youth has a startkwalificatie, not the diploma date: "yes" counts as "has one now",
 * so no kwalificatieplicht ({@link #startkwalificatieAssumed()}). An unknown answer counts as "no". A case stores no
 * exemption, so the verzuim is classified as without one.
 *
 * @param duty                     the duty today; null when the date of birth is missing
 * @param dutyDate                 the date that goes with the duty (see {@link DutyState})
 * @param verzuim                  the kind of absence today; null when enrolment is unknown or the date of birth missing
 * @param verzuimSince             the first day out of school, where known
 * @param startkwalificatieAssumed whether "has a startkwalificatie" ended kwalificatieplicht without a known date
 */
public record CaseLeerplicht(DutyState duty, LocalDate dutyDate, VerzuimSoort verzuim, LocalDate verzuimSince,
        boolean startkwalificatieAssumed) {

    /** The duty as the case page words it; each names what {@link #dutyDate()} means. */
    public enum DutyState {
        /** Too young: dutyDate is the first day of leerplicht. */
        NOG_NIET_LEERPLICHTIG,
        /** dutyDate is the last day of leerplicht (inclusive). */
        LEERPLICHTIG,
        /** dutyDate is the day kwalificatieplicht ends (the 18th birthday). */
        KWALIFICATIEPLICHTIG,
        /** Kwalificatieplicht is over: dutyDate is the day it ended. */
        KWALIFICATIEPLICHT_VOORBIJ,
        /** Leerplicht is over and the youth has a startkwalificatie (date unknown): dutyDate is the last day of leerplicht. */
        STARTKWALIFICATIE_BEHAALD
    }

    public static CaseLeerplicht of(LocalDate birthDate, Boolean enrolled, Boolean startkwalificatie,
            LocalDate outOfSchoolSince, LocalDate today, SchoolCalendar calendar) {
        if (birthDate == null || birthDate.isAfter(today)) {
            return new CaseLeerplicht(null, null, null, outOfSchoolSince, false);
        }
        LeerplichtDates dates = Leerplicht.voor(birthDate, null, calendar);
        DutyOnDate withoutDiploma = dates.dutyOn(today);
        boolean diplomaEndsDuty = Boolean.TRUE.equals(startkwalificatie) && withoutDiploma.duty() != Duty.LEERPLICHTIG
                && !today.isBefore(dates.leerplichtigVanaf());
        DutyState state = diplomaEndsDuty ? DutyState.STARTKWALIFICATIE_BEHAALD : stateOf(withoutDiploma, dates, today);
        LocalDate date = switch (state) {
            case NOG_NIET_LEERPLICHTIG -> dates.leerplichtigVanaf();
            case LEERPLICHTIG, STARTKWALIFICATIE_BEHAALD -> dates.leerplichtEindigtOp();
            case KWALIFICATIEPLICHTIG, KWALIFICATIEPLICHT_VOORBIJ -> dates.kwalificatieplichtEindigtOp();
        };
        Duty dutyForVerzuim = diplomaEndsDuty ? Duty.GEEN : withoutDiploma.duty();
        return new CaseLeerplicht(state, date, verzuim(dutyForVerzuim, enrolled, outOfSchoolSince, today),
                outOfSchoolSince, Boolean.TRUE.equals(startkwalificatie));
    }

    private static DutyState stateOf(DutyOnDate duty, LeerplichtDates dates, LocalDate today) {
        return switch (duty.duty()) {
            case LEERPLICHTIG -> DutyState.LEERPLICHTIG;
            case KWALIFICATIEPLICHTIG -> DutyState.KWALIFICATIEPLICHTIG;
            case GEEN -> today.isBefore(dates.leerplichtigVanaf()) ? DutyState.NOG_NIET_LEERPLICHTIG
                    : DutyState.KWALIFICATIEPLICHT_VOORBIJ;
        };
    }

    private static VerzuimSoort verzuim(Duty duty, Boolean enrolled, LocalDate outOfSchoolSince, LocalDate today) {
        if (duty == Duty.GEEN) {
            return VerzuimSoort.GEEN_PLICHT;
        }
        if (enrolled == null || (outOfSchoolSince != null && outOfSchoolSince.isAfter(today))) {
            return null;
        }
        return Verzuim.classify(duty, enrolled, outOfSchoolSince, today, false);
    }

    /** Whether the since-date belongs with the kind of absence (not for "no duty" or "goes to school"). */
    public boolean showsSince() {
        return verzuimSince != null && verzuim != null && verzuim != VerzuimSoort.GEEN_PLICHT
                && verzuim != VerzuimSoort.GEEN_VERZUIM && verzuim != VerzuimSoort.VRIJGESTELD;
    }

    public boolean isThuiszitter() {
        return verzuim != null && verzuim.isThuiszitter();
    }
}
