package nl.doorbraak.calendar;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.springframework.stereotype.Component;

/**
 * Writes one person's meeting invitation as iCalendar text (RFC 5545) with iTIP methods (RFC 5546), ready to attach
 * to a mail as {@link #REQUEST_CONTENT_TYPE} or {@link #CANCEL_CONTENT_TYPE}. Every calendar is validated before it
 * is returned.
 *
 * <pre>{@code
 * MeetingInvite invite = new MeetingInvite("agendapunt-7-deelnemer-12@doorbraak", 0, MeetingKind.DOORBRAAKTAFEL,
 *         "Zuidoost Utrecht", LocalDateTime.of(2026, 6, 3, 14, 0), LocalDateTime.of(2026, 6, 3, 15, 0),
 *         "Gemeentehuis Zeist", new Contact("planning@example.nl", "Planning Doorbraak"),
 *         Invitee.participant("ouder@example.nl", "Ouder"), URI.create("https://doorbraak.example.nl/tafels/42"));
 * String ics = invitations.request(invite);                        // first invitation
 * String update = invitations.request(invite.withNextSequence());  // moved meeting: same UID, higher SEQUENCE
 * String cancel = invitations.cancel(lastSentInvite);              // SEQUENCE one above the last one sent
 * }</pre>
 */
@Component
public class Invitations {

    public static final String REQUEST_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    public static final String CANCEL_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

    private static final String PRODUCT_ID = "-//Doorbraak//NL";

    private final Clock clock;
    private final InviteEvents events = new InviteEvents();

    public Invitations(Clock clock) {
        this.clock = clock;
    }

    /** An invitation (METHOD:REQUEST), also for an update: pass the invite with a higher sequence then. */
    public String request(MeetingInvite invite) {
        return write(ImmutableMethod.REQUEST, events.request(invite, now()));
    }

    /**
     * A cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the meeting as it was last sent; its SEQUENCE is one higher
     * than that invite's.
     */
    public String cancel(MeetingInvite lastSent) {
        return write(ImmutableMethod.CANCEL, events.cancel(lastSent, now()));
    }

    private String write(Method method, VEvent event) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(AmsterdamTimeZone.vTimeZone());
        calendar.add(event);
        requireValid(calendar.validate());
        requireValid(event.validate(method));
        return ContentLines.fold(calendar.toString());
    }

    /** A bug here must fail loudly before an invitation goes out, not in a participant's mail client. */
    private static void requireValid(ValidationResult result) {
        if (result.hasErrors()) {
            throw new ValidationException("Invitation is not valid iCalendar: " + result);
        }
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
