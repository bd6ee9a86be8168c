package nl.doorbraak.verslag.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.AgendaPerson;
import nl.doorbraak.region.Werkwijze;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo only: writes a complete draft for a past meeting into the verslag tables, as a chair would have filled it in
 * during the meeting. {@code variant} makes the regions differ a little (texts, frequency, an absent parent).
 */
@Component
class VerslagDemoDraft {

    private static final List<String> ROLE_PREFERENCE_FOR_REGIE =
            List.of("KERNPARTNER", "STRUCTURELE_PARTNER", "INBRENGER", "SCHOOL", "SPECIALIST");

    private final JdbcClient jdbc;
    private final VersionSnapshotCodec codec;
    private final Clock clock;

    VerslagDemoDraft(JdbcClient jdbc, VersionSnapshotCodec codec, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.clock = clock;
    }

    void write(AgendaEntry entry, Werkwijze werkwijze, int variant) {
        List<AgendaPerson> people = entry.participants().stream()
                .filter(p -> p.userId() == null || !entry.chairedBy(p.userId())).toList();
        AgendaPerson regie = people.stream().min(Comparator.comparingInt(VerslagDemoDraft::regiePreference)).orElseThrow();
        AgendaPerson contact = people.stream().filter(p -> p.role().equals("SCHOOL")).findFirst().orElse(regie);
        LocalDate day = entry.meetingStartsAt().toLocalDate();
        long verslagId = jdbc.sql("""
                insert into verslag (agenda_item_id, case_id, sections, regiehouder_id, fixed_contact_id,
                    monitoring_frequency, monitoring_channel, monitoring_by_id, next_meeting_on, next_meeting_note,
                    updated_by, updated_at)
                values (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(entry.itemId(), entry.caseId(), codec.writeSections(sections(werkwijze, variant)),
                        regie.id(), contact.id(), variant % 2 == 0 ? "WEKELIJKS" : "TWEEWEKELIJKS",
                        "De regiehouder mailt alle deelnemers een korte stand van zaken.", regie.id(),
                        day.plusWeeks(6), "Zelfde tafel; de leerling is welkom.", entry.chairUserId(),
                        OffsetDateTime.now(clock))
                .query(Long.class).single();
        List<String> absentRoles = variant % 3 == 1 ? List.of("OUDER") : List.of();
        attendance(verslagId, entry, absentRoles);
        agreement(verslagId, entry, contact, "Plant een kennismakingsgesprek op de nieuwe school.", day.plusWeeks(1),
                "Telefonisch met de zorgcoördinator, daarna bevestigen per mail.", "Het gesprek staat in de agenda.");
        agreement(verslagId, entry, regie, "Regelt daginvulling voor drie ochtenden per week.", day.plusWeeks(2),
                "Aanvraag bij de gemeente en overleg met ouders.", "De leerling heeft een vast weekritme.");
        jdbc.sql("insert into verslag_scenario (verslag_id, if_this, then_that, owner_id) values (?, ?, ?, ?)")
                .params(verslagId, "De intake op de nieuwe school gaat niet door.",
                        "De regiehouder plant binnen vijf werkdagen een nieuw overleg.", regie.id()).update();
        checklist(verslagId, werkwijze.checklist(), present(entry, absentRoles, "JONGERE"),
                present(entry, absentRoles, "OUDER"));
    }

    private static Map<String, String> sections(Werkwijze werkwijze, int variant) {
        Map<String, String> texts = VerslagDemoTexts.sections(variant);
        Map<String, String> sections = new LinkedHashMap<>();
        werkwijze.verslagSections().stream().filter(s -> texts.containsKey(s.code()))
                .forEach(s -> sections.put(s.code(), texts.get(s.code())));
        return sections;
    }

    private void attendance(long verslagId, AgendaEntry entry, List<String> absentRoles) {
        for (AgendaPerson p : entry.participants()) {
            jdbc.sql("insert into verslag_attendance (verslag_id, participant_id, present) values (?, ?, ?)")
                    .params(verslagId, p.id(), !absentRoles.contains(p.role())).update();
            jdbc.sql("insert into verslag_next_participant (verslag_id, participant_id) values (?, ?)")
                    .params(verslagId, p.id()).update();
        }
    }

    private static boolean present(AgendaEntry entry, List<String> absentRoles, String role) {
        return !absentRoles.contains(role) && entry.participants().stream().anyMatch(p -> p.role().equals(role));
    }

    /** The pupil's and the parent's "alles kunnen vertellen" are "niet aanwezig" when they were not there. */
    private void checklist(long verslagId, List<String> questions, boolean youthPresent, boolean parentPresent) {
        for (int i = 0; i < questions.size(); i++) {
            String question = questions.get(i).toLowerCase(Locale.ROOT);
            boolean absent = FinalisingRule.allowsNotPresent(question)
                    && (question.contains("leerling") ? !youthPresent : question.contains("ouder") && !parentPresent);
            jdbc.sql("""
                    insert into verslag_checklist_answer (verslag_id, position, question, answer, not_present)
                    values (?, ?, ?, ?, ?)""")
                    .params(verslagId, i, questions.get(i), absent ? null : VerslagDemoTexts.checklistAnswer(i), absent)
                    .update();
        }
    }

    private void agreement(long verslagId, AgendaEntry entry, AgendaPerson owner, String what, LocalDate due,
            String how, String result) {
        jdbc.sql("""
                insert into verslag_agreement (verslag_id, case_id, what, owner_id, owner_user_id, due_on, how, result,
                    created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(verslagId, entry.caseId(), what, owner.id(), owner.userId(), due, how, result,
                        OffsetDateTime.now(clock))
                .update();
    }

    private static int regiePreference(AgendaPerson p) {
        int index = ROLE_PREFERENCE_FOR_REGIE.indexOf(p.role());
        return index < 0 ? ROLE_PREFERENCE_FOR_REGIE.size() : index;
    }
}
