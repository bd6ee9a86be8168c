package nl.doorbraak.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One participant's invitation on a summer date and on a winter date, with names that need escaping and non-ASCII
 * letters, and the chair's invitation.
 */
final class InviteFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T09:30:15.123Z"), ZoneOffset.UTC);

    private InviteFixtures() {
    }

    static MeetingInvite summerMeeting() {
        return meeting(LocalDateTime.of(2026, 7, 1, 13, 0), LocalDateTime.of(2026, 7, 1, 15, 0));
    }

    static MeetingInvite winterMeeting() {
        return meeting(LocalDateTime.of(2026, 12, 2, 13, 0), LocalDateTime.of(2026, 12, 2, 15, 0));
    }

    static MeetingInvite meeting(LocalDateTime start, LocalDateTime end) {
        return invite(start, end, Invitee.participant("ib@school.example.nl", "Zoë van Dijk; IB-er, school"));
    }

    static MeetingInvite chairs(LocalDateTime start, LocalDateTime end) {
        return invite(start, end, Invitee.chair("voorzitter@example.nl", "Annelies de Vries"));
    }

    private static MeetingInvite invite(LocalDateTime start, LocalDateTime end, Invitee invitee) {
        return new MeetingInvite("agendapunt-7-deelnemer-12@doorbraak", 0, MeetingKind.DOORBRAAKTAFEL,
                "Zuidoost Utrecht", start, end, "Gemeentehuis Zeist, zaal “De Brug”, Het Rond 1, 3701 HS Zeist",
                new Contact("planning@doorbraak.example.nl", "Planning Doorbraak"), invitee,
                URI.create("https://doorbraak.example.nl/tafels/overleg/42"));
    }
}
