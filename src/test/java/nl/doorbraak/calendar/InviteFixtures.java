package nl.doorbraak.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A meeting on a summer date and one on a winter date, with names that need escaping and non-ASCII letters. */
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
        return new MeetingInvite("meeting-42@doorbraak", 0, MeetingKind.DOORBRAAKTAFEL, "Zuidoost Utrecht", start, end,
                "Gemeentehuis Zeist, zaal “De Brug”, Het Rond 1, 3701 HS Zeist",
                new Contact("planning@doorbraak.example.nl", "Planning Doorbraak"),
                List.of(Invitee.chair("voorzitter@example.nl", "Annelies de Vries"),
                        Invitee.participant("ib@school.example.nl", "Zoë van Dijk, IB-er"),
                        Invitee.participant("leerplicht@zeist.example.nl", "Noël Çelik; leerplicht")),
                URI.create("https://doorbraak.example.nl/tafels/overleg/42"));
    }
}
