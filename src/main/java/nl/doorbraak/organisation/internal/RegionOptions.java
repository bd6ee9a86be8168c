package nl.doorbraak.organisation.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The regions to choose from on organisation pages. Read from the region table directly because the region
 * module depends on this one (it synchronises werkwijze organisations), so the reverse dependency would be a cycle.
 */
@Component
public class RegionOptions {

    public record RegionOption(String slug, String name) { }

    private final JdbcClient jdbc;

    RegionOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegionOption> all() {
        return jdbc.sql("select slug, name from region order by name").query(RegionOption.class).list();
    }
}
