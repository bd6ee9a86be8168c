package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.AgendaPerson;
import nl.doorbraak.planning.Agendas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes the agendas to the modules after planning, in their own terms. */
@Service
@Transactional(readOnly = true)
class AgendaReader implements Agendas {

    private final MeetingRepository meetings;

    AgendaReader(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public Optional<AgendaEntry> entry(long agendaItemId) {
        return meetings.item(agendaItemId).flatMap(item -> meetings.find(item.meetingId()).map(m -> entry(m, item)));
    }

    @Override
    public List<AgendaEntry> entriesOfCase(long caseId) {
        return meetings.itemIdsOfCase(caseId).stream().map(this::entry).flatMap(Optional::stream)
                .sorted((a, b) -> b.meetingStartsAt().compareTo(a.meetingStartsAt())).toList();
    }

    @Override
    public List<Long> casesOnPlannedMeetings(String regionSlug) {
        return meetings.casesOnPlannedMeetings(regionSlug);
    }

    @Override
    public List<AgendaEntry> entriesChairedBy(long userId, LocalDate from) {
        return meetings.itemIdsChairedBy(userId, from).stream().map(this::entry).flatMap(Optional::stream).toList();
    }

    @Override
    public int meetingsChairedFrom(long userId, LocalDate from) {
        return meetings.countChairedFrom(userId, from);
    }

    @Override
    public List<Long> itemIdsChairedBetween(long userId, LocalDate from, LocalDateTime until) {
        return meetings.plannedItemIdsChairedBetween(userId, from, until);
    }

    private static AgendaEntry entry(Meeting meeting, AgendaItem item) {
        List<AgendaPerson> people = item.participants().stream()
                .map(p -> new AgendaPerson(p.id(), p.userId(), p.name(), p.organisation(), p.email(), p.role().name()))
                .toList();
        return new AgendaEntry(item.id(), meeting.id(), item.caseId(), meeting.regionSlug(), meeting.tableCode(),
                meeting.startsAt(), meeting.endsAt(), item.slotStart(), item.slotEnd(), meeting.location(),
                meeting.chairUserId(), !meeting.isPlanned(), people);
    }
}
