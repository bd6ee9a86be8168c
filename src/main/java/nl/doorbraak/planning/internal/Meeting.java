package nl.doorbraak.planning.internal;

import java.time.LocalDateTime;

/** One meeting of a table; times are wall-clock times in Europe/Amsterdam. */
public record Meeting(long id, String regionSlug, String tableCode, LocalDateTime startsAt, LocalDateTime endsAt,
        String location, Long chairUserId, MeetingStatus status, int sequence) {

    public boolean isPlanned() {
        return status == MeetingStatus.PLANNED;
    }

    /** The link in invitations and mails: the meeting page, where access is checked. */
    public String path() {
        return "/planning/vergaderingen/" + id;
    }
}
