package nl.doorbraak.calendar;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.stereotype.Component;

/**
 * A personal agenda feed ({@code text/calendar}, without an iTIP METHOD: it is no invitation, and iTIP's PUBLISH
 * would demand an organiser) that a calendar app subscribes to: one event per
 * meeting or own time slot, titled by the kind of table and its name, with the link to the meeting. It names no
 * organiser or attendees: a feed is a read-only view, not an invitation, and carries no one's name or address.
 */
@Component
public class AgendaFeeds {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Clock clock;
    private final ResourceBundle bundle = ResourceBundle.getBundle("messages/calendar", DUTCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public AgendaFeeds(Clock clock) {
        this.clock = clock;
    }

    public String feed(List<FeedEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Doorbraak//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(text("calendar.feed.name")));
        calendar.add(new XProperty("X-WR-CALNAME", text("calendar.feed.name")));
        calendar.add(AmsterdamTimeZone.vTimeZone());
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        events.forEach(event -> calendar.add(event(event, stamp)));
        if (calendar.validate().hasErrors()) {
            throw new ValidationException("Agenda feed is not valid iCalendar: " + calendar.validate());
        }
        return ContentLines.fold(calendar.toString());
    }

    private VEvent event(FeedEvent feed, Instant stamp) {
        String summary = text("calendar.summary", text(feed.kind().messageKey()), feed.tableName());
        VEvent event = new VEvent(false);
        event.add(new Uid(feed.uid()));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(feed.start().withNano(0).atZone(AmsterdamTimeZone.ZONE)));
        event.add(new DtEnd<>(feed.end().withNano(0).atZone(AmsterdamTimeZone.ZONE)));
        event.add(new Summary(summary));
        if (feed.location() != null) {
            event.add(new Location(feed.location()));
        }
        event.add(new Url(feed.link()));
        event.add(new Description(text("calendar.description.feed", summary, feed.link())));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), DUTCH).format(arguments);
    }
}
