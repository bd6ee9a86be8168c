package nl.doorbraak.leertafel.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One session of a leertafel (table leertafel_session); times are wall-clock times in Europe/Amsterdam. */
public record LeertafelSession(long id, String regionSlug, String tableCode, LocalDateTime startsAt,
        LocalDateTime endsAt, String location, Long chairUserId, String chairName, SessionStatus status, String notes,
        int sequence, Instant invitedAt) {

    /** Members see the agenda and its cases from this day: a week ahead, the seed's half hour of preparation. */
    public static final int PREPARATION_DAYS = 7;

    public LocalDate day() {
        return startsAt.toLocalDate();
    }

    public boolean planned() {
        return status == SessionStatus.GEPLAND;
    }

    public boolean cancelled() {
        return status == SessionStatus.GEANNULEERD;
    }

    public boolean held() {
        return status == SessionStatus.GEHOUDEN;
    }

    public boolean invited() {
        return invitedAt != null;
    }

    public LocalDate agendaOpenFrom() {
        return day().minusDays(PREPARATION_DAYS);
    }

    /** Whether members (not the coordinator or chair, who compose it) see the agenda and its cases on {@code today}. */
    public boolean agendaOpenToMembers(LocalDate today) {
        return !cancelled() && !today.isBefore(agendaOpenFrom());
    }

    public boolean begun(LocalDateTime now) {
        return !startsAt.isAfter(now);
    }

    public String path(LeertafelTable table) {
        return table.path() + "/bijeenkomsten/" + id;
    }
}
