package nl.doorbraak.themes.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;

import nl.doorbraak.themes.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code theme_tag}, for either source: a leertafel case ({@code leertafel_case_id}) or one of the region's
 * own cases ({@code case_id}). Replacing a set keeps the rows that stay (with who tagged them first).
 */
@Repository
class TagStore {

    enum Source {
        LEERTAFEL_CASE("leertafel_case_id"), CASE("case_id");

        final String column;

        Source(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    TagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Theme> themesOf(Source source, long id) {
        return jdbc.sql("select t.* from theme t join theme_tag g on g.theme_id = t.id where g." + source.column
                + " = ? order by t.position, t.id").param(id).query(ThemeStore.THEME).list();
    }

    /** Makes the tags exactly {@code themeIds}, all counting on {@code occurredOn}. */
    void replace(Source source, long id, Set<Long> themeIds, LocalDate occurredOn, long userId, Instant now) {
        String column = source.column;
        if (themeIds.isEmpty()) {
            jdbc.sql("delete from theme_tag where " + column + " = ?").param(id).update();
            return;
        }
        jdbc.sql("delete from theme_tag where " + column + " = :id and theme_id not in (:themes)")
                .param("id", id).param("themes", themeIds).update();
        jdbc.sql("update theme_tag set occurred_on = :on where " + column + " = :id")
                .param("on", occurredOn).param("id", id).update();
        for (long themeId : themeIds) {
            jdbc.sql("insert into theme_tag (theme_id, " + column + ", occurred_on, tagged_by, tagged_at)"
                    + " values (:theme, :id, :on, :by, :at) on conflict (" + column + ", theme_id) where " + column
                    + " is not null do nothing")
                    .param("theme", themeId).param("id", id).param("on", occurredOn).param("by", userId)
                    .param("at", Timestamp.from(now)).update();
        }
    }
}
