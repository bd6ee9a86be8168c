package nl.doorbraak;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real ids of Tilburg's demo leertafel (its coming session, a member, an agenda point) put into the leertafel
 * endpoints, and a fingerprint of its state to prove an attack changed nothing.
 */
record LeertafelTarget(long sessionId, long memberId, long pointId, String memberName, String fingerprint) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    static LeertafelTarget tilburg(JdbcClient jdbc) {
        long session = jdbc.sql("select id from leertafel_session where region_slug = 'tilburg' and status = 'GEPLAND' "
                + "order by starts_at desc limit 1").query(Long.class).single();
        long member = jdbc.sql("select min(id) from leertafel_member where region_slug = 'tilburg' and until is null")
                .query(Long.class).single();
        long point = jdbc.sql("select coalesce(min(id), 1) from leertafel_agenda_item where session_id = ?")
                .param(session).query(Long.class).single();
        String name = jdbc.sql("select u.display_name from leertafel_member m join app_user u on u.id = m.user_id "
                + "where m.id = ?").param(member).query(String.class).single();
        return new LeertafelTarget(session, member, point, name, fingerprint(jdbc));
    }

    String fill(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, switch (matcher.group(1)) {
                case "regio" -> "tilburg";
                case "tafel" -> "leertafel";
                case "memberId" -> String.valueOf(memberId);
                case "pointId" -> String.valueOf(pointId);
                case "id" -> String.valueOf(sessionId);
                default -> throw new IllegalArgumentException("no value for {" + matcher.group(1) + "} in " + pattern);
            });
        }
        matcher.appendTail(path);
        return path.toString();
    }

    boolean unchanged(JdbcClient jdbc) {
        return fingerprint.equals(fingerprint(jdbc));
    }

    private static String fingerprint(JdbcClient jdbc) {
        return jdbc.sql("""
                select (select count(*) || '/' || count(until) from leertafel_member where region_slug = 'tilburg')
                    || '|' || (select coalesce(string_agg(id || status || sequence || starts_at, ',' order by id), '')
                               from leertafel_session where region_slug = 'tilburg')
                    || '|' || (select count(*) || '/' || coalesce(sum(minutes), 0) from leertafel_agenda_item)
                    || '|' || (select count(*) from leertafel_attendance)
                    || '|' || (select count(*) from outbox_mail)""").query(String.class).single();
    }
}
