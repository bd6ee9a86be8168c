package nl.doorbraak.leertafel.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/**
 * What a session must be: on a weekday, not in the past, ending after it starts, at a place, with an independent
 * chair (a VOORZITTER of the region who is not a member of the table). Each refusal names its field.
 */
public final class SessionRules {

    private SessionRules() {
    }

    public static Optional<LeertafelRefused> when(LocalDate day, LocalTime from, LocalTime until, LocalDate today) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(new LeertafelRefused("date", "leertafel.sessions.refused.weekend"));
        }
        if (day.isBefore(today)) {
            return Optional.of(new LeertafelRefused("date", "leertafel.sessions.refused.past"));
        }
        if (!until.isAfter(from)) {
            return Optional.of(new LeertafelRefused("timeUntil", "leertafel.sessions.refused.slotOrder"));
        }
        return Optional.empty();
    }

    /** A member may not chair: the seed asks for an independent chair. No chair yet is allowed (chosen later). */
    public static Optional<LeertafelRefused> chair(Long chairUserId, Set<Long> memberUserIds, Set<Long> chairsOfRegion) {
        if (chairUserId == null) {
            return Optional.empty();
        }
        if (memberUserIds.contains(chairUserId)) {
            return Optional.of(new LeertafelRefused("chairUserId", "leertafel.sessions.refused.chairIsMember"));
        }
        if (!chairsOfRegion.contains(chairUserId)) {
            return Optional.of(new LeertafelRefused("chairUserId", "leertafel.sessions.refused.chair"));
        }
        return Optional.empty();
    }
}
