package nl.doorbraak.organisation.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.organisation.EscalationContacts;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSearch;
import nl.doorbraak.organisation.OrganisationSeed;
import nl.doorbraak.organisation.OrganisationSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
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
        // Never touches "active": an administrator's deactivation survives a restart.
        for (OrganisationSeed seed : seeds) {
            jdbc.sql("""
                    insert into organisation (region_slug, code, name, type, school_type, sector, municipality, from_werkwijze,
                        escalation_contacts)
                    values (:region, :code, :name, :type, :schoolType, :sector, :municipality, true, :contacts)
                    on conflict (region_slug, code) do update set name = excluded.name, type = excluded.type,
                        school_type = excluded.school_type, sector = excluded.sector,
                        municipality = excluded.municipality, from_werkwijze = true,
                        escalation_contacts = excluded.escalation_contacts
                    """)
                    .param("region", regionSlug).param("code", seed.code()).param("name", seed.name())
                    .param("type", seed.type().name())
                    .param("schoolType", seed.schoolType() == null ? null : seed.schoolType().name())
                    .param("sector", seed.sector() == null ? null : seed.sector().name())
                    .param("municipality", seed.municipality())
                    .param("contacts", EscalationContacts.normalise(seed.escalationContacts()))
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

    @Override
    public Page<OrganisationSummary> search(OrganisationSearch search, Pageable pageable) {
        String where = """
                 where (:text = '' or name ilike '%' || :text || '%' or municipality ilike '%' || :text || '%')
                   and (:region = '' or region_slug = :region)
                   and (:type = '' or type = :type)""";
        String text = escapeLike(blankToEmpty(search.text()));
        String region = blankToEmpty(search.regionSlug());
        String type = search.type() == null ? "" : search.type().name();
        long total = jdbc.sql("select count(*) from organisation " + where)
                .param("text", text).param("region", region).param("type", type).query(Long.class).single();
        List<OrganisationSummary> items = jdbc.sql(SELECT + " " + where + " order by name, id limit :limit offset :offset")
                .param("text", text).param("region", region).param("type", type)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(OrganisationSummary.class).list();
        return new PageImpl<>(items, pageable, total);
    }

    @Override
    public List<OrganisationSummary> activeOfRegions(List<String> regionSlugs) {
        if (regionSlugs.isEmpty()) {
            return jdbc.sql(SELECT + " where active order by region_slug nulls first, name")
                    .query(OrganisationSummary.class).list();
        }
        return jdbc.sql(SELECT + " where active and region_slug in (:regions) order by region_slug, name")
                .param("regions", regionSlugs).query(OrganisationSummary.class).list();
    }

    @Override
    public List<String> escalationContacts(long organisationId) {
        return EscalationContacts.parse(jdbc.sql("select escalation_contacts from organisation where id = ?")
                .param(organisationId).query(String.class).optional().orElse(null));
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
