package nl.doorbraak.leerplicht;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When the duties of the Leerplichtwet run for one youth.
 *
 * @param leerplichtigVanaf          the first day of leerplicht (inclusive)
 * @param leerplichtEindigtOp        the last day of leerplicht (inclusive): 31 July of the school year of the 16th birthday
 * @param kwalificatieplichtEindigtOp the day kwalificatieplicht ends (the duty no longer applies from that day):
 *                                   the 18th birthday or the startkwalificatie date, whichever comes first;
 *                                   null when the youth had a startkwalificatie before leerplicht ended
 */
public record LeerplichtDates(LocalDate leerplichtigVanaf, LocalDate leerplichtEindigtOp,
        LocalDate kwalificatieplichtEindigtOp) {

    public LeerplichtDates {
        Objects.requireNonNull(leerplichtigVanaf, "leerplichtigVanaf");
        Objects.requireNonNull(leerplichtEindigtOp, "leerplichtEindigtOp");
    }

    /** The duty on {@code date}, and until when it runs. */
    public DutyOnDate dutyOn(LocalDate date) {
        if (date.isBefore(leerplichtigVanaf)) {
            return new DutyOnDate(Duty.GEEN, null);
        }
        if (!date.isAfter(leerplichtEindigtOp)) {
            return new DutyOnDate(Duty.LEERPLICHTIG, leerplichtEindigtOp);
        }
        if (kwalificatieplichtEindigtOp != null && date.isBefore(kwalificatieplichtEindigtOp)) {
            return new DutyOnDate(Duty.KWALIFICATIEPLICHTIG, kwalificatieplichtEindigtOp);
        }
        return new DutyOnDate(Duty.GEEN, null);
    }
}
