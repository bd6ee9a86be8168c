package nl.doorbraak.organisation.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSeed;
import nl.doorbraak.organisation.OrganisationSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcOrganisationDirectory implements OrganisationDirectory {

    private static final String SELECT = """
            select id, region_slug, code, name, type, school_type, sector, municipality, active, from_werkwijze
            from organisation""";

    private final JdbcClient jdbc;

    JdbcOrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void synchroniseFromWerkwijze(String regionSlug, List<OrganisationSeed> seeds) {
        for (OrganisationSeed seed : seeds) {
            jdbc.sql("""
                    insert into organisation (region_slug, code, name, type, school_type, sector, municipality, from_werkwijze)
                    values (:region, :code, :name, :type, :schoolType, :sector, :municipality, true)
                    on conflict (region_slug, code) do update set name = excluded.name, type = excluded.type,
                        school_type = excluded.school_type, sector = excluded.sector,
                        municipality = excluded.municipality, from_werkwijze = true
                    """)
                    .param("region", regionSlug).param("code", seed.code()).param("name", seed.name())
                    .param("type", seed.type().name())
                    .param("schoolType", seed.schoolType() == null ? null : seed.schoolType().name())
                    .param("sector", seed.sector() == null ? null : seed.sector().name())
                    .param("municipality", seed.municipality())
                    .update();
        }
    }

    @Override
    public List<OrganisationSummary> ofRegion(String regionSlug) {
        return jdbc.sql(SELECT + " where region_slug = ? order by name").param(regionSlug)
                .query(OrganisationSummary.class).list();
    }

    @Override
    public Optional<OrganisationSummary> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(OrganisationSummary.class).optional();
    }
}
