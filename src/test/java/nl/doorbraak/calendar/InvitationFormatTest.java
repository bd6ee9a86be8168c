package nl.doorbraak.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.util.Configurator;
import net.fortuna.ical4j.validate.ITIPValidator;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** What strict clients check before they show an invitation at all. */
class InvitationFormatTest {

    private final Invitations invitations = new Invitations(InviteFixtures.CLOCK);

    @Test
    void everyLineEndsInCrlfAndHoldsAtMost75Octets() {
        for (String ics : new String[] {invitations.request(InviteFixtures.summerMeeting()),
                invitations.cancel(InviteFixtures.summerMeeting())}) {
            assertThat(ics).endsWith("\r\n");
            assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
            assertThat(Arrays.stream(ics.split("\r\n")))
                    .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        }
    }

    @Test
    void foldingCountsOctetsAndNeverSplitsACharacter() {
        String line = "DESCRIPTION:" + "€ë".repeat(40);

        String folded = ContentLines.fold(line);

        assertThat(Arrays.stream(folded.split("\r\n")))
                .allSatisfy(part -> assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void timeZoneDefinitionsNeverComeFromTheNetwork() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
    }

    @Test
    void requestPassesTheItipValidator() throws Exception {
        assertValid(InvitationsTest.parse(invitations.request(InviteFixtures.winterMeeting())));
    }

    @Test
    void cancellationPassesTheItipValidator() throws Exception {
        assertValid(InvitationsTest.parse(invitations.cancel(InviteFixtures.winterMeeting())));
    }

    @Test
    void theItipRulesWouldNoticeARequestWithoutOrganizer() throws Exception {
        Calendar calendar = InvitationsTest.parse(invitations.request(InviteFixtures.winterMeeting()));
        VEvent event = InvitationsTest.event(calendar);
        event.removeAll(Property.ORGANIZER);

        assertThat(event.validate(method(calendar)).hasErrors()).isTrue();
    }

    /** ical4j splits iTIP validation: the calendar-level rules, and the method's rules for each component. */
    private static void assertValid(Calendar calendar) {
        ValidationResult itip = new ITIPValidator().validate(calendar);
        ValidationResult event = InvitationsTest.event(calendar).validate(method(calendar));
        ValidationResult rfc5545 = calendar.validate();
        assertThat(itip.hasErrors()).as("iTIP calendar: %s", itip).isFalse();
        assertThat(event.hasErrors()).as("iTIP event: %s", event).isFalse();
        assertThat(rfc5545.hasErrors()).as("RFC 5545: %s", rfc5545).isFalse();
    }

    private static Method method(Calendar calendar) {
        return calendar.<Method>getProperty(Property.METHOD).orElseThrow();
    }
}
