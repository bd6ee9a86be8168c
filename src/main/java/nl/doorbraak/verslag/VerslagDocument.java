package nl.doorbraak.verslag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One finalised version of a verslag, complete and frozen: what the PDF shows and what is kept as the version's
 * snapshot (stored as JSON). Names are as the meeting page showed them; texts as the chair saved them.
 */
public record VerslagDocument(
        long verslagId, int version, String correctionReason, Instant finalisedAt, String finalisedBy,
        String regionName, String tableName, LocalDate meetingDate, LocalTime start, LocalTime end, String location,
        String chairName, String youthName, LocalDate youthBirthDate,
        List<Person> present, List<Person> absent,
        List<Section> sections,
        List<Agreement> agreements, List<Scenario> scenarios,
        Person regiehouder, Person fixedContact, Monitoring monitoring,
        List<ChecklistAnswer> checklist,
        LocalDate nextMeetingOn, String nextMeetingNote, List<Person> nextMeetingParticipants) {

    /** A participant: name, organisation (may be null) and role label, e.g. "School". */
    public record Person(String name, String organisation, String role) {
    }

    /** A section of the region's verslag template, in the template's order, with the text written under it. */
    public record Section(String code, String title, String text) {
    }

    /** A SMART agreement: what, who, by when, how, and the measurable result. */
    public record Agreement(String what, Person owner, LocalDate dueOn, String how, String result) {
    }

    /** "Als ... dan ...", with who acts. */
    public record Scenario(String ifThis, String thenThat, Person owner) {
    }

    /** How often, by which channel and by whom progress is reported. */
    public record Monitoring(String frequency, String channel, Person reportedBy) {
    }

    /** One closing checklist question; {@code answer} is "Niet aanwezig" where the werkwijze allows that. */
    public record ChecklistAnswer(String question, String answer) {
    }
}
