package nl.doorbraak.calendar;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One person's invitation to a meeting, or to their own agenda item of it, as it goes out.
 *
 * <p><b>One recipient.</b> An invitation holds the organiser and its one invitee, never a list: every recipient gets
 * their own, so nobody learns from a calendar file who else comes (other families' names and addresses). The
 * {@code uid} is therefore per recipient and per agenda item, and stays the same for every update and the
 * cancellation sent to that person.
 *
 * <p><b>Privacy guard.</b> An invitation travels through mail servers and lands in calendars we do not control, so it
 * must never name the youth or say anything about the case. This record therefore has no free-text summary or
 * description: the invitation's title and text are built from a fixed Dutch template out of the {@link MeetingKind},
 * the table's name and the link to the agenda in Doorbraak (where access is checked). The only other texts are the
 * table name and the location, each limited to one short line, and the agenda URL may not carry a query string, the
 * usual place where names leak into links. The organiser's and the invitee's name and e-mail address are the only
 * personal data.
 *
 * @param uid       stable identifier of this recipient's invitation, the same for every update and the cancellation,
 *                  such as {@code agendapunt-7-deelnemer-12@doorbraak}
 * @param sequence  revision number: 0 for the first invitation, one higher for every change ({@link #withNextSequence()})
 * @param tableName the table's own name from the region's configuration, such as "Zuidoost Utrecht"
 * @param start     wall-clock start in Europe/Amsterdam: the recipient's own agenda item, or the whole meeting
 * @param end       wall-clock end in Europe/Amsterdam, after {@code start}
 * @param location  where the table meets (an address or a room), one line
 * @param invitee   the one person this invitation is for
 * @param agendaUrl absolute http(s) link to the meeting's agenda in Doorbraak
 */
public record MeetingInvite(String uid, int sequence, MeetingKind kind, String tableName, LocalDateTime start,
        LocalDateTime end, String location, Contact organizer, Invitee invitee, URI agendaUrl) {

    /** Local part and domain, as RFC 5545 recommends; no spaces so it survives every client. */
    private static final Pattern UID = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+");

    public MeetingInvite {
        Objects.requireNonNull(uid, "uid");
        if (!UID.matcher(uid).matches()) {
            throw new IllegalArgumentException("uid must look like meeting-42@doorbraak, not: " + uid);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        Objects.requireNonNull(kind, "kind");
        tableName = SingleLine.require(tableName, "tableName", 80);
        requireOrder(start, end);
        location = SingleLine.require(location, "location", 160);
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(invitee, "invitee");
        AgendaLinks.requireSafe(agendaUrl);
    }

    /** The same meeting as a new revision, for an update (or a cancellation) that calendars must not ignore. */
    public MeetingInvite withNextSequence() {
        return new MeetingInvite(uid, sequence + 1, kind, tableName, start, end, location, organizer, invitee,
                agendaUrl);
    }

    private static void requireOrder(LocalDateTime start, LocalDateTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " is not after start " + start);
        }
    }
}
