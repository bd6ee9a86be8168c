package nl.doorbraak.planning.internal;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.doorbraak.calendar.FeedEvent;
import nl.doorbraak.calendar.MeetingKind;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;

/**
 * The events of a user's agenda feed: the whole meeting for its chair, the own time slot for a participant. The
 * uids differ from those of the invitations, so a calendar holding both shows them as two, not a clash.
 */
@Component
class AgendaFeedEvents {

    /** Recent meetings stay in the calendar a while after they took place. */
    static final int DAYS_BACK = 28;

    private final MyMeetings mine;
    private final MeetingRepository meetings;
    private final Werkwijzen werkwijzen;
    private final PersonalInvites invites;

    AgendaFeedEvents(MyMeetings mine, MeetingRepository meetings, Werkwijzen werkwijzen, PersonalInvites invites) {
        this.mine = mine;
        this.meetings = meetings;
        this.werkwijzen = werkwijzen;
        this.invites = invites;
    }

    List<FeedEvent> of(CurrentUser owner) {
        Set<Long> chairedMeetings = new HashSet<>();
        return mine.items(owner, DAYS_BACK).stream()
                .filter(item -> !item.asChair() || chairedMeetings.add(item.meetingId()))
                .flatMap(item -> meetings.find(item.meetingId()).map(m -> event(owner, m, item)).stream())
                .toList();
    }

    private FeedEvent event(CurrentUser owner, Meeting meeting, MyMeetingItem item) {
        MeetingTable table = werkwijzen.get(meeting.regionSlug()).table(meeting.tableCode()).orElseThrow();
        MeetingKind kind = MeetingKind.valueOf(table.type().name());
        URI link = URI.create(invites.link(meeting));
        if (item.asChair()) {
            return new FeedEvent("feed-vergadering-" + meeting.id() + "-gebruiker-" + owner.id() + "@doorbraak", kind,
                    table.name(), meeting.startsAt(), meeting.endsAt(), meeting.location(), link);
        }
        return new FeedEvent("feed-agendapunt-" + item.itemId() + "-gebruiker-" + owner.id() + "@doorbraak", kind,
                table.name(), item.day().atTime(item.slotStart()), item.day().atTime(item.slotEnd()),
                meeting.location(), link);
    }
}
