package nl.doorbraak.region.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.region.RegionCatalog;
import nl.doorbraak.region.RegionSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Placeholder until the werkwijze loader lands: reads the region table. */
@Component
class JdbcRegionCatalog implements RegionCatalog {

    private final JdbcClient jdbc;

    JdbcRegionCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RegionSummary> all() {
        return jdbc.sql("select slug, name from region order by name").query(RegionSummary.class).list();
    }

    @Override
    public Optional<RegionSummary> find(String slug) {
        return jdbc.sql("select slug, name from region where slug = ?").param(slug).query(RegionSummary.class).optional();
    }
}
