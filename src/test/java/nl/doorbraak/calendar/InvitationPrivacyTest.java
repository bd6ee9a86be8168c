package nl.doorbraak.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** An invitation names the table and the invitees, and nothing about the youth or the case. */
class InvitationPrivacyTest {

    private final Invitations invitations = new Invitations(InviteFixtures.CLOCK);

    @Test
    void summaryAndDescriptionAreTheFixedDutchTextWithTheAgendaLink() throws Exception {
        VEvent event = InvitationsTest.event(InvitationsTest.parse(invitations.request(InviteFixtures.summerMeeting())));

        assertThat(InvitationsTest.value(event, Property.SUMMARY)).isEqualTo("Doorbraaktafel Zuidoost Utrecht");
        assertThat(InvitationsTest.value(event, Property.DESCRIPTION)).isEqualTo(
                "U bent uitgenodigd voor de Doorbraaktafel Zuidoost Utrecht. "
                        + "Zie Doorbraak voor de agenda: https://doorbraak.example.nl/tafels/overleg/42");
    }

    @Test
    void aTableWhoseNameIsItsKindIsNamedOnceWithItsOwnArticle() throws Exception {
        MeetingInvite meeting = InviteFixtures.summerMeeting();
        MeetingInvite overleg = new MeetingInvite(meeting.uid(), 0, MeetingKind.DOORBRAAKOVERLEG, "Doorbraakoverleg",
                meeting.start(), meeting.end(), meeting.location(), meeting.organizer(), meeting.invitee(),
                meeting.agendaUrl());

        VEvent request = InvitationsTest.event(InvitationsTest.parse(invitations.request(overleg)));
        VEvent cancel = InvitationsTest.event(InvitationsTest.parse(invitations.cancel(overleg)));

        assertThat(InvitationsTest.value(request, Property.SUMMARY)).isEqualTo("Doorbraakoverleg");
        assertThat(InvitationsTest.value(request, Property.DESCRIPTION)).startsWith("U bent uitgenodigd voor het Doorbraakoverleg.");
        assertThat(InvitationsTest.value(cancel, Property.DESCRIPTION)).startsWith("Het Doorbraakoverleg gaat niet door.");
    }

    @Test
    void theKindOfTableNamesTheMeeting() throws Exception {
        MeetingInvite meeting = InviteFixtures.summerMeeting();
        MeetingInvite actietafel = new MeetingInvite(meeting.uid(), 0, MeetingKind.ACTIETAFEL, "Utrecht",
                meeting.start(), meeting.end(), meeting.location(), meeting.organizer(), meeting.invitee(),
                meeting.agendaUrl());

        VEvent event = InvitationsTest.event(InvitationsTest.parse(invitations.request(actietafel)));

        assertThat(InvitationsTest.value(event, Property.SUMMARY)).isEqualTo("Actietafel Utrecht");
    }

    @Test
    void carriesOnlyTheScheduleTheTemplateTextsAndTheInvitees() throws Exception {
        VEvent event = InvitationsTest.event(InvitationsTest.parse(invitations.request(InviteFixtures.summerMeeting())));

        Set<String> names = event.getProperties().stream().map(Property::getName).collect(Collectors.toSet());

        assertThat(names).containsExactlyInAnyOrder("UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY",
                "LOCATION", "URL", "ORGANIZER", "ATTENDEE", "DESCRIPTION", "STATUS");
    }

    @Test
    void refusesAnAgendaLinkWithAQueryWhereNamesCouldHide() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withAgenda(URI.create("https://doorbraak.example.nl/tafels/42?leerling=Sanne")))
                .withMessageContaining("query");
    }

    @Test
    void refusesAnAgendaLinkOutsideHttp() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withAgenda(URI.create("file:///tmp/dossier.pdf")))
                .withMessageContaining("http");
    }

    @Test
    void refusesATableNameThatIsMoreThanOneShortLine() {
        MeetingInvite meeting = InviteFixtures.summerMeeting();

        assertThatIllegalArgumentException().isThrownBy(() -> new MeetingInvite(meeting.uid(), 0, meeting.kind(),
                "Zeist\nSanne (14) zit sinds maart thuis", meeting.start(), meeting.end(), meeting.location(),
                meeting.organizer(), meeting.invitee(), meeting.agendaUrl())).withMessageContaining("one line");
    }

    @Test
    void refusesAMeetingThatEndsBeforeItStarts() {
        MeetingInvite meeting = InviteFixtures.summerMeeting();

        assertThatIllegalArgumentException().isThrownBy(() -> InviteFixtures.meeting(meeting.end(), meeting.start()))
                .withMessageContaining("not after start");
    }

    @Test
    void refusesAnUninvitedMeetingAndAnUnusableUid() {
        MeetingInvite meeting = InviteFixtures.summerMeeting();

        assertThatNullPointerException().isThrownBy(() -> new MeetingInvite(meeting.uid(), 0, meeting.kind(),
                meeting.tableName(), meeting.start(), meeting.end(), meeting.location(), meeting.organizer(),
                null, meeting.agendaUrl()));
        assertThatIllegalArgumentException().isThrownBy(() -> new MeetingInvite("overleg met Sanne", 0, meeting.kind(),
                meeting.tableName(), meeting.start(), meeting.end(), meeting.location(), meeting.organizer(),
                meeting.invitee(), meeting.agendaUrl()));
    }

    private static MeetingInvite withAgenda(URI agendaUrl) {
        MeetingInvite meeting = InviteFixtures.summerMeeting();
        return new MeetingInvite(meeting.uid(), 0, meeting.kind(), meeting.tableName(), meeting.start(), meeting.end(),
                meeting.location(), meeting.organizer(), meeting.invitee(), agendaUrl);
    }
}
