package nl.doorbraak.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Read access to planned agendas for the dossier and the verslag. No access check: callers check the case first. */
public interface Agendas {

    Optional<AgendaEntry> entry(long agendaItemId);

    /** The case's agenda entries (cancelled meetings included, marked), newest meeting first. */
    List<AgendaEntry> entriesOfCase(long caseId);

    /** The ids of the cases on the region's planned (not cancelled) meetings, past and future. */
    List<Long> casesOnPlannedMeetings(String regionSlug);
    /** The agenda entries of meetings the user chairs that start on or after {@code from}, soonest first. */
    List<AgendaEntry> entriesChairedBy(long userId, LocalDate from);

    /** For the start page: how many planned (not cancelled) meetings the user chairs start on or after {@code from}. */
    int meetingsChairedFrom(long userId, LocalDate from);

    /**
     * The agenda items of planned (not cancelled) meetings the user chairs that started from {@code from} up to
     * {@code until} (wall-clock time, Europe/Amsterdam): what a chair may have a verslag to finalise for.
     */
    List<Long> itemIdsChairedBetween(long userId, LocalDate from, LocalDateTime until);
}
