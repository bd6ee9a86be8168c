package nl.doorbraak.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

class InvitationsTest {

    private final Invitations invitations = new Invitations(InviteFixtures.CLOCK);

    @Test
    void requestIsAnItipRequestWithProductAndVersion() throws Exception {
        Calendar calendar = parse(invitations.request(InviteFixtures.summerMeeting()));

        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Doorbraak//NL");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(event(calendar), Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void carriesAnAmsterdamTimeZoneDefinitionWithOnlyTheRulesInForce() throws Exception {
        Calendar calendar = parse(invitations.request(InviteFixtures.summerMeeting()));

        List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(value(zones.get(0), Property.TZID)).isEqualTo("Europe/Amsterdam");
        assertThat(zones.get(0).getObservances()).hasSize(2);
    }

    @Test
    void startsAtOneOClockAmsterdamTimeInSummer() throws Exception {
        VEvent event = event(parse(invitations.request(InviteFixtures.summerMeeting())));

        assertThat(startTzid(event)).isEqualTo("Europe/Amsterdam");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20260701T130000");
        assertThat(startInstant(event)).isEqualTo(Instant.parse("2026-07-01T11:00:00Z"));
        assertThat(value(event, Property.DTEND)).isEqualTo("20260701T150000");
    }

    @Test
    void startsAtOneOClockAmsterdamTimeInWinter() throws Exception {
        VEvent event = event(parse(invitations.request(InviteFixtures.winterMeeting())));

        assertThat(startTzid(event)).isEqualTo("Europe/Amsterdam");
        assertThat(value(event, Property.DTSTART)).isEqualTo("20261202T130000");
        assertThat(startInstant(event)).isEqualTo(Instant.parse("2026-12-02T12:00:00Z"));
    }

    @Test
    void stampIsTheClockInUtcToTheSecond() throws Exception {
        VEvent event = event(parse(invitations.request(InviteFixtures.summerMeeting())));

        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20260520T093015Z");
    }

    @Test
    void updateKeepsTheUidAndRaisesTheSequence() throws Exception {
        MeetingInvite first = InviteFixtures.summerMeeting();
        MeetingInvite moved = new MeetingInvite(first.uid(), first.sequence(), first.kind(), first.tableName(),
                LocalDateTime.of(2026, 7, 8, 13, 0), LocalDateTime.of(2026, 7, 8, 15, 0), first.location(),
                first.organizer(), first.invitee(), first.agendaUrl()).withNextSequence();

        VEvent original = event(parse(invitations.request(first)));
        VEvent update = event(parse(invitations.request(moved)));

        assertThat(value(update, Property.UID)).isEqualTo(value(original, Property.UID)).isEqualTo("agendapunt-7-deelnemer-12@doorbraak");
        assertThat(value(original, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(update, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(update, Property.DTSTART)).isEqualTo("20260708T130000");
    }

    @Test
    void cancellationIsCancelledWithTheSameUidAndAHigherSequence() throws Exception {
        MeetingInvite lastSent = InviteFixtures.summerMeeting().withNextSequence();

        Calendar calendar = parse(invitations.cancel(lastSent));
        VEvent event = event(calendar);

        assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.UID)).isEqualTo("agendapunt-7-deelnemer-12@doorbraak");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(event.getAlarms()).isEmpty();
    }

    @Test
    void holdsTheOrganizerAndTheOneInviteeAskedToRespond() throws Exception {
        VEvent event = event(parse(invitations.request(InviteFixtures.summerMeeting())));

        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).singleElement().satisfies(a -> {
            assertThat(a.getCalAddress().toString()).isEqualTo("mailto:ib@school.example.nl");
            assertThat(parameter(a, Parameter.CN)).isEqualTo("Zoë van Dijk; IB-er, school");
            assertThat(parameter(a, Parameter.ROLE)).isEqualTo("REQ-PARTICIPANT");
            assertThat(parameter(a, Parameter.PARTSTAT)).isEqualTo("NEEDS-ACTION");
            assertThat(parameter(a, Parameter.RSVP)).isEqualTo("TRUE");
        });
        assertThat(event.getProperties(Property.ORGANIZER)).hasSize(1);
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:planning@doorbraak.example.nl");
    }

    @Test
    void theChairIsMarkedAsChair() throws Exception {
        VEvent event = event(parse(invitations.request(InviteFixtures.chairs(LocalDateTime.of(2026, 7, 1, 13, 0),
                LocalDateTime.of(2026, 7, 1, 15, 0)))));

        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).singleElement().satisfies(a -> {
            assertThat(a.getCalAddress().toString()).isEqualTo("mailto:voorzitter@example.nl");
            assertThat(parameter(a, Parameter.ROLE)).isEqualTo("CHAIR");
        });
    }

    @Test
    void remindsOneDayAhead() throws Exception {
        VEvent event = event(parse(invitations.request(InviteFixtures.summerMeeting())));

        assertThat(event.getAlarms()).singleElement().satisfies(alarm -> {
            assertThat(value(alarm, Property.ACTION)).isEqualTo("DISPLAY");
            assertThat(value(alarm, Property.TRIGGER)).isEqualTo("-P1D");
        });
    }

    static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static String parameter(Property property, String name) {
        return property.getParameter(name).map(Parameter::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static String startTzid(VEvent event) {
        DtStart<?> start = event.getStartDate().orElseThrow();
        return start.<TzId>getParameter(Parameter.TZID).map(TzId::getValue).orElseThrow();
    }

    private static Instant startInstant(VEvent event) {
        DtStart<?> start = event.getStartDate().orElseThrow();
        return ((ZonedDateTime) start.getDate()).toInstant();
    }
}
