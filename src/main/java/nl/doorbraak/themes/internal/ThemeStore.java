package nl.doorbraak.themes.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.themes.Theme;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code theme}: the region's list, in its order (position, then id). */
@Repository
class ThemeStore {

    static final RowMapper<Theme> THEME = (rs, n) -> new Theme(rs.getLong("id"), rs.getString("region_slug"),
            rs.getString("code"), rs.getString("name"), rs.getBoolean("active"));

    private final JdbcClient jdbc;

    ThemeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Theme> allOf(String regionSlug) {
        return jdbc.sql("select * from theme where region_slug = ? order by position, id").param(regionSlug)
                .query(THEME).list();
    }

    Optional<Theme> find(long id) {
        return jdbc.sql("select * from theme where id = ?").param(id).query(THEME).optional();
    }

    boolean codeTaken(String regionSlug, String code) {
        return jdbc.sql("select count(*) from theme where region_slug = ? and code = ?").param(regionSlug).param(code)
                .query(Integer.class).single() > 0;
    }

    boolean nameTaken(String regionSlug, String name, long exceptId) {
        return jdbc.sql("select count(*) from theme where region_slug = ? and lower(name) = lower(?) and id <> ?")
                .param(regionSlug).param(name).param(exceptId).query(Integer.class).single() > 0;
    }

    long add(String regionSlug, String code, String name) {
        return jdbc.sql("""
                insert into theme (region_slug, code, name, position)
                values (:region, :code, :name,
                        (select coalesce(max(position), 0) + 10 from theme where region_slug = :region))
                returning id""")
                .param("region", regionSlug).param("code", code).param("name", name).query(Long.class).single();
    }

    /** A start-list theme, unless the region has that code already (also when it was renamed or deactivated). */
    boolean seed(String regionSlug, String code, String name, int position) {
        return jdbc.sql("""
                insert into theme (region_slug, code, name, position, from_start_list) values (?, ?, ?, ?, true)
                on conflict (region_slug, code) do nothing""")
                .param(regionSlug).param(code).param(name).param(position).update() > 0;
    }

    void rename(long id, String name) {
        jdbc.sql("update theme set name = ? where id = ?").param(name).param(id).update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update theme set active = ? where id = ?").param(active).param(id).update();
    }

    void setPosition(long id, int position) {
        jdbc.sql("update theme set position = ? where id = ?").param(position).param(id).update();
    }
}
