package nl.doorbraak.leertafel.internal;

import java.time.LocalDate;

/** A membership of a leertafel: who (in personal capacity), with which discipline and sector, from when until when. */
public record Member(long id, long userId, String name, String discipline, MemberSector sector, LocalDate since,
        LocalDate until) {

    public boolean current() {
        return until == null;
    }

    /** Whether the membership covered {@code day} (a session's attendance lists the members of that day). */
    public boolean on(LocalDate day) {
        return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }
}
