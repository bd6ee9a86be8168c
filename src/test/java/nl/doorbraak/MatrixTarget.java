package nl.doorbraak;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real ids of one Utrecht demo case with a meeting, a finalised verslag, agreements and a scenario, put into
 * endpoint patterns by the name of each path variable; and a fingerprint of the case's state to prove an attack
 * changed nothing.
 */
record MatrixTarget(long caseId, String youthName, long draftId, long meetingId, long agendaItemId,
        long participantId, long agreementId, long scenarioId, long userId, long organisationId, long tableDateId,
        long documentId, long themeId, String fingerprint) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern WILDCARD = Pattern.compile("/\\*\\*$");

    static MatrixTarget utrechtCaseWithVerslag(JdbcClient jdbc) {
        Map<String, Object> row = jdbc.sql("""
                select c.id as case_id, c.youth_name, v.agenda_item_id, a.meeting_id, v.id as verslag_id
                from case_file c join verslag v on v.case_id = c.id join agenda_item a on a.id = v.agenda_item_id
                where c.region_slug = 'utrecht' and exists (select 1 from verslag_version vv where vv.verslag_id = v.id)
                  and exists (select 1 from verslag_scenario s where s.verslag_id = v.id)
                order by c.id limit 1""").query().singleRow();
        long caseId = ((Number) row.get("case_id")).longValue();
        // Demo children share names across regions: a name of its own makes a leak unmistakable.
        String youthName = "Matrixkind " + java.util.UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("update case_file set youth_name = ? where id = ?").params(youthName, caseId).update();
        long item = ((Number) row.get("agenda_item_id")).longValue();
        long verslag = ((Number) row.get("verslag_id")).longValue();
        return new MatrixTarget(caseId, youthName,
                id(jdbc, "select id from case_file where region_slug = 'utrecht' and status = 'CONCEPT' order by id limit 1"),
                ((Number) row.get("meeting_id")).longValue(), item,
                id(jdbc, "select id from agenda_participant where agenda_item_id = " + item + " order by id limit 1"),
                id(jdbc, "select id from verslag_agreement where verslag_id = " + verslag + " order by id limit 1"),
                id(jdbc, "select id from verslag_scenario where verslag_id = " + verslag + " order by id limit 1"),
                id(jdbc, "select id from app_user where username = 'coordinator-utrecht'"),
                id(jdbc, "select id from organisation order by id limit 1"),
                // branch tabledates: a Zuidoost Utrecht date, kept by none of the outsiders
                id(jdbc, "select id from table_date where region_slug = 'zuidoost-utrecht' order by id limit 1"),
                // branch documents: a document of this case when it has one, else the demo OPP of another case
                id(jdbc, "select coalesce((select min(id) from dossier_document where case_id = " + caseId
                        + "), (select min(id) from dossier_document), 1)"),
                // branch themes: a knelpunt of Tilburg, whose leertafel none of the outsiders reaches
                id(jdbc, "select min(id) from theme where region_slug = 'tilburg'"),
                fingerprint(jdbc, caseId));
    }

    /** The pattern with every path variable replaced by the matching id of this case. */
    String fill(String pattern) {
        Matcher matcher = VARIABLE.matcher(WILDCARD.matcher(pattern).replaceAll("/onbekend"));
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, valueFor(pattern, matcher.group(1).replaceAll(":.*", "")));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** No form fields: an attack must be refused before any input is looked at. */
    Map<String, String> formFields() {
        return Map.of();
    }

    boolean unchanged(JdbcClient jdbc) {
        return fingerprint.equals(fingerprint(jdbc, caseId));
    }

    private String valueFor(String pattern, String variable) {
        return switch (variable) {
            case "caseId" -> String.valueOf(caseId);
            case "agendaItemId", "itemId" -> String.valueOf(agendaItemId);
            case "participantId" -> String.valueOf(participantId);
            case "agreementId" -> String.valueOf(agreementId);
            case "scenarioId" -> String.valueOf(scenarioId);
            case "version", "pairId" -> "1";
            case "signaal" -> "stil";
            case "slug" -> "utrecht";
            case "dateId" -> String.valueOf(tableDateId);
            case "documentId" -> String.valueOf(documentId);
            case "regio" -> "tilburg";
            case "tafel" -> "leertafel";
            case "themeId" -> String.valueOf(themeId);
            // branch notify: a well-formed agenda feed token that belongs to no one
            case "token" -> "Onbekend0Onbekend0Onbekend0Onbekend0Onbeke0";
            case "id" -> idFor(pattern);
            default -> throw new IllegalArgumentException("no value for {" + variable + "} in " + pattern);
        };
    }

    private String idFor(String pattern) {
        if (pattern.startsWith("/casussen/")) {
            return String.valueOf(caseId);
        }
        if (pattern.startsWith("/aanmeldingen/")) {
            return String.valueOf(draftId);
        }
        if (pattern.startsWith("/planning/vergaderingen/")) {
            return String.valueOf(meetingId);
        }
        if (pattern.startsWith("/vooroverleg/") || pattern.startsWith("/api/v1/casussen/")) {
            return String.valueOf(caseId);
        }
        if (pattern.startsWith("/beheer/gebruikers/")) {
            return String.valueOf(userId);
        }
        if (pattern.startsWith("/beheer/organisaties/")) {
            return String.valueOf(organisationId);
        }
        return "1";
    }

    private static long id(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String fingerprint(JdbcClient jdbc, long caseId) {
        return jdbc.sql("""
                select c.status || '|' || coalesce(c.decided_at::text, '') || coalesce(c.stopped_at::text, '')
                    || '|' || (select count(*) from case_event e where e.case_id = c.id)
                    || '|' || (select count(*) from case_participant p where p.case_id = c.id)
                    || '|' || (select count(*) from verslag_version vv join verslag v on v.id = vv.verslag_id
                               where v.case_id = c.id)
                    || '|' || (select coalesce(string_agg(a.status || a.due_on, ',' order by a.id), '')
                               from verslag_agreement a where a.case_id = c.id)
                    || '|' || (select count(*) from agenda_participant ap join agenda_item i on i.id = ap.agenda_item_id
                               where i.case_id = c.id)
                    || '|' || (select count(*) from outbox_mail)
                    || '|' || (select count(*) from dossier_document d where d.case_id = c.id)
                    || '|' || (select count(*) from theme_tag g where g.case_id = c.id)
                    || '|' || (select string_agg(t.name || t.active || t.position, ',' order by t.id) from theme t
                               where t.region_slug = 'tilburg')
                from case_file c where c.id = ?""").param(caseId).query(String.class).single();
    }
}
