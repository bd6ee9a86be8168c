package nl.doorbraak.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/** Turns a {@link MeetingInvite} into the VEVENT of a request or a cancellation. */
final class InviteEvents {

    private final InviteTexts texts = new InviteTexts();

    VEvent request(MeetingInvite invite, Instant stamp) {
        VEvent event = common(invite, invite.sequence(), stamp);
        event.add(new Description(texts.requestDescription(invite)));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        event.add(reminder(invite));
        return event;
    }

    /** A cancellation is a new revision of the meeting: without the higher SEQUENCE clients may ignore it. */
    VEvent cancel(MeetingInvite lastSent, Instant stamp) {
        VEvent event = common(lastSent, lastSent.sequence() + 1, stamp);
        event.add(new Description(texts.cancelDescription(lastSent)));
        event.add(ImmutableStatus.VEVENT_CANCELLED);
        return event;
    }

    private VEvent common(MeetingInvite invite, int sequence, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(invite.uid()));
        event.add(new Sequence(sequence));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(inAmsterdam(invite.start())));
        event.add(new DtEnd<>(inAmsterdam(invite.end())));
        event.add(new Summary(texts.summary(invite)));
        event.add(new Location(invite.location()));
        event.add(new Url(invite.agendaUrl()));
        event.add(organizer(invite.organizer()));
        event.add(attendee(invite.invitee()));
        return event;
    }

    private static ZonedDateTime inAmsterdam(LocalDateTime wallClock) {
        return wallClock.withNano(0).atZone(AmsterdamTimeZone.ZONE);
    }

    private static Organizer organizer(Contact organizer) {
        return new Organizer(new ParameterList().add(new Cn(organizer.name())), mailto(organizer));
    }

    private static Attendee attendee(Invitee invitee) {
        Role role = invitee.role() == InviteeRole.CHAIR ? Role.CHAIR : Role.REQ_PARTICIPANT;
        ParameterList parameters = new ParameterList().add(new Cn(invitee.contact().name())).add(role)
                .add(PartStat.NEEDS_ACTION).add(Rsvp.TRUE);
        return new Attendee(parameters, mailto(invitee.contact()));
    }

    private static URI mailto(Contact contact) {
        return URI.create("mailto:" + contact.email());
    }

    /** A display alarm one day ahead, so nobody forgets to read the dossier beforehand. */
    private VAlarm reminder(MeetingInvite invite) {
        VAlarm alarm = new VAlarm(Duration.ofDays(-1));
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(texts.alarm(invite)));
        return alarm;
    }
}
