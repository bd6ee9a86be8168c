package nl.doorbraak.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class AgendaFeedsTest {

    private final AgendaFeeds feeds = new AgendaFeeds(Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC));

    private static FeedEvent event(String uid, String location) {
        return new FeedEvent(uid, MeetingKind.DOORBRAAKTAFEL, "Zuidoost Utrecht",
                LocalDateTime.of(2026, 6, 3, 14, 0), LocalDateTime.of(2026, 6, 3, 15, 0), location,
                URI.create("https://doorbraak.example.nl/planning/vergaderingen/42"));
    }

    @Test
    void writesAFeedThatIcal4jParsesBackWithTheNeutralTitleTimePlaceAndLink() throws Exception {
        String ics = feeds.feed(List.of(event("feed-a@doorbraak", "Gemeentehuis Zeist"), event("feed-b@doorbraak", null)));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        assertThat(calendar.validate().hasErrors()).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(value(first, Property.SUMMARY)).isEqualTo("Doorbraaktafel Zuidoost Utrecht");
        assertThat(value(first, Property.DTSTART)).isEqualTo("20260603T140000");
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Amsterdam");
        assertThat(value(first, Property.LOCATION)).isEqualTo("Gemeentehuis Zeist");
        assertThat(value(first, Property.URL)).isEqualTo("https://doorbraak.example.nl/planning/vergaderingen/42");
        assertThat(value(first, Property.DESCRIPTION)).contains("https://doorbraak.example.nl/planning/vergaderingen/42");
        assertThat(events.get(1).getProperty(Property.LOCATION)).isEmpty();
    }

    @Test
    void namesNoOrganiserOrAttendeesAndIsNoInvitation() {
        String ics = feeds.feed(List.of(event("feed-a@doorbraak", "Wijkcentrum")));

        assertThat(ics).doesNotContain("ATTENDEE").doesNotContain("ORGANIZER").doesNotContain("METHOD")
                .doesNotContain("mailto:");
    }

    @Test
    void foldsEveryLineAtSeventyFiveOctets() {
        String ics = feeds.feed(List.of(event("feed-a@doorbraak", "Sportcentrum De Éénhoorn, zaal één naast de kantine van de vereniging")));

        assertThat(Arrays.stream(ics.split("\r\n")).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max()
                .orElse(0)).isLessThanOrEqualTo(75);
    }

    @Test
    void anEmptyFeedIsStillACalendar() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feeds.feed(List.of())));

        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
    }

    @Test
    void refusesAPlaceOfMoreThanOneLine() {
        assertThatThrownBy(() -> event("feed-a@doorbraak", "Wijkcentrum\nKamer van Jan")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
