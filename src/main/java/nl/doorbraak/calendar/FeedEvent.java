package nl.doorbraak.calendar;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One meeting (or one's own time slot of it) in a personal agenda feed. Like {@link MeetingInvite} it has no field
 * for a title or a text: the summary is built from the kind of table and its name, so no case content gets in.
 *
 * @param uid stable across feed refreshes, so a calendar updates the event instead of adding a second one
 * @param start wall-clock time in Europe/Amsterdam
 * @param link the meeting's page in the app, the only way to the agenda
 */
public record FeedEvent(String uid, MeetingKind kind, String tableName, LocalDateTime start, LocalDateTime end,
        String location, URI link) {

    public FeedEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(link, "link");
        tableName = SingleLine.require(tableName, "tableName", 80);
        location = location == null ? null : SingleLine.require(location, "location", 160);
    }
}
