package nl.doorbraak.leertafel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.region.Cadence;
import nl.doorbraak.region.CadenceKind;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.MemberCount;
import nl.doorbraak.region.TableType;
import nl.doorbraak.region.TimeSlot;
import org.junit.jupiter.api.Test;

class SessionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    /** Tilburg's leertafel: every six weeks on Wednesday from 3 September 2025, 15:00-16:30, at most 90 minutes. */
    static MeetingTable tilburg() {
        Cadence cadence = new Cadence(CadenceKind.EVERY_N_WEEKS, 6, java.time.DayOfWeek.WEDNESDAY,
                LocalDate.of(2025, 9, 3), null, new TimeSlot(LocalTime.of(15, 0), LocalTime.of(16, 30), true), null,
                true, null);
        return new MeetingTable("leertafel", "Leertafel Onderwijs-Jeugdhulp", TableType.LEERTAFEL, cadence, 90, true,
                false, false, new MemberCount(8, 10), null, null, null, List.of(), List.of("IB'er"), false, null);
    }

    @Test
    void offersTheNextDatesOfTheCadenceInTheTablesTimeSlot() {
        List<SessionDates.Offered> offered = SessionDates.offered(tilburg(), TODAY, day -> false, 3);
        assertThat(offered).extracting(SessionDates.Offered::day).containsExactly(LocalDate.of(2026, 12, 9),
                LocalDate.of(2027, 1, 20), LocalDate.of(2027, 3, 3));
        assertThat(offered.get(0).from()).isEqualTo(LocalTime.of(15, 0));
        assertThat(offered.get(0).until()).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void skipsCadenceDatesThatHaveASessionAlready() {
        List<SessionDates.Offered> offered = SessionDates.offered(tilburg(), TODAY,
                day -> day.equals(LocalDate.of(2026, 12, 9)), 2);
        assertThat(offered).extracting(SessionDates.Offered::day).containsExactly(LocalDate.of(2027, 1, 20),
                LocalDate.of(2027, 3, 3));
    }

    @Test
    void refusesAWeekendAPastDayAndAnEndBeforeTheStart() {
        LocalTime three = LocalTime.of(15, 0);
        assertThat(key(SessionRules.when(LocalDate.of(2026, 12, 5), three, three.plusHours(1), TODAY)))
                .isEqualTo("leertafel.sessions.refused.weekend");
        assertThat(key(SessionRules.when(LocalDate.of(2026, 12, 2), three, three.plusHours(1), TODAY)))
                .isEqualTo("leertafel.sessions.refused.past");
        assertThat(key(SessionRules.when(LocalDate.of(2026, 12, 10), three, three, TODAY)))
                .isEqualTo("leertafel.sessions.refused.slotOrder");
        assertThat(SessionRules.when(LocalDate.of(2026, 12, 10), three, three.plusMinutes(90), TODAY)).isEmpty();
    }

    @Test
    void refusesAMemberAsChairAndAcceptsAnIndependentOne() {
        Set<Long> members = Set.of(1L, 2L);
        Set<Long> chairs = Set.of(2L, 7L);
        assertThat(key(SessionRules.chair(2L, members, chairs))).isEqualTo("leertafel.sessions.refused.chairIsMember");
        assertThat(key(SessionRules.chair(3L, members, chairs))).isEqualTo("leertafel.sessions.refused.chair");
        assertThat(SessionRules.chair(7L, members, chairs)).isEmpty();
        assertThat(SessionRules.chair(null, members, chairs)).isEmpty();
    }

    @Test
    void saysWhenTheAgendaRunsOverTheMaximumDuration() {
        AgendaPoint a = new AgendaPoint(1, 0, AgendaKind.CASUS, 5L, "Casus", 60);
        AgendaPoint b = new AgendaPoint(2, 1, AgendaKind.OVERIG, null, "Opening", 45);
        assertThat(AgendaFit.of(List.of(a, b), 90).exceeds()).isTrue();
        assertThat(AgendaFit.of(List.of(a, b), 90).totalMinutes()).isEqualTo(105);
        assertThat(AgendaFit.of(List.of(a), 90).exceeds()).isFalse();
        assertThat(AgendaFit.of(List.of(a, b), null).exceeds()).isFalse();
    }

    @Test
    void membersSeeTheAgendaFromAWeekBeforeTheSession() {
        LeertafelSession session = new LeertafelSession(1, "tilburg", "leertafel", LocalDate.of(2026, 12, 9).atTime(15, 0),
                LocalDate.of(2026, 12, 9).atTime(16, 30), "Zaal", null, null, SessionStatus.GEPLAND, null, 0, null);
        assertThat(session.agendaOpenToMembers(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(session.agendaOpenToMembers(LocalDate.of(2026, 12, 2))).isTrue();
        assertThat(session.agendaOpenToMembers(LocalDate.of(2027, 1, 2))).isTrue();
        LeertafelSession cancelled = new LeertafelSession(1, "tilburg", "leertafel", session.startsAt(),
                session.endsAt(), "Zaal", null, null, SessionStatus.GEANNULEERD, null, 0, null);
        assertThat(cancelled.agendaOpenToMembers(LocalDate.of(2026, 12, 5))).isFalse();
    }

    private static String key(Optional<LeertafelRefused> refused) {
        return refused.map(LeertafelRefused::messageKey).orElse(null);
    }
}
