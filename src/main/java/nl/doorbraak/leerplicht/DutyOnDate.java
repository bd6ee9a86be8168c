package nl.doorbraak.leerplicht;

import java.time.LocalDate;

/**
 * The duty on one day and when it ends: for {@link Duty#LEERPLICHTIG} the last day of leerplicht (31 July),
 * for {@link Duty#KWALIFICATIEPLICHTIG} the day it ends (the 18th birthday or the diploma date), for
 * {@link Duty#GEEN} null.
 */
public record DutyOnDate(Duty duty, LocalDate until) {
}
