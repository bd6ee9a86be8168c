package nl.doorbraak.casefile.internal;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schools and people generated cases refer to, per region: {@value #SCHOOLS_PER_TYPE} schools of every school
 * type (codes {@code gen-PO-01} ...), {@value #COORDINATORS} coordinators and {@value #REFERRERS} referrers
 * ({@code gen-coordinator-utrecht-1} ...). Made once; a second run finds and reuses them. In a demo the accounts
 * get the demo password (the first through {@link UserDirectory#ensureDemoAccount}, the others share its hash, as
 * hashing dozens of passwords would take longer than generating the cases); elsewhere they are inactive and cannot
 * log in.
 */
class GeneratedActors {

    static final int SCHOOLS_PER_TYPE = 8;
    static final int COORDINATORS = 2;
    static final int REFERRERS = 6;

    /** One generated account: {@code kind} C (coordinator) or V (verwijzer), numbered from 1 within its region. */
    record Actor(String regionSlug, String kind, int number, long userId, String username, String displayName,
            String email) {
    }

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final boolean demo;
    private String demoPasswordHash;

    GeneratedActors(JdbcClient jdbc, UserDirectory users, boolean demo) {
        this.jdbc = jdbc;
        this.users = users;
        this.demo = demo;
    }

    /** Schools spread over the region's generated municipalities; existing ones are left alone. */
    int ensureSchools(List<String> regionSlugs, List<String> municipalities) {
        return jdbc.sql("""
                insert into organisation (region_slug, code, name, type, school_type, sector, municipality)
                select r.slug, 'gen-' || t.type || '-' || lpad(k::text, 2, '0'),
                       t.label || ' ' || m.name || ' ' || k || ' (gegenereerd)', 'SCHOOL', t.type,
                       case when t.type in ('PO', 'SO', 'SBO') then 'PO' else 'VO' end, m.name
                from unnest(string_to_array(:regions, ',')) with ordinality as r(slug, n)
                cross join (values ('PO', 'Basisschool', 0), ('SO', 'SO-school', 1), ('SBO', 'SBO-school', 2),
                                   ('VO', 'College', 3), ('VSO', 'VSO-school', 4), ('MBO', 'MBO', 5)) t(type, label, i)
                cross join generate_series(1, :perType) k
                join unnest(string_to_array(:municipalities, ',')) with ordinality as m(name, no)
                  on m.no - 1 = (((k - 1) * 6 + t.i) * :regionCount + r.n - 1) % :municipalityCount
                on conflict (region_slug, code) do nothing""")
                .param("regions", String.join(",", regionSlugs)).param("perType", SCHOOLS_PER_TYPE)
                .param("municipalities", String.join(",", municipalities)).param("regionCount", regionSlugs.size())
                .param("municipalityCount", municipalities.size()).update();
    }

    List<Actor> ensureUsers(List<String> regionSlugs) {
        List<Actor> actors = new ArrayList<>();
        for (String region : regionSlugs) {
            for (int k = 1; k <= COORDINATORS; k++) {
                actors.add(ensure(region, "C", k, "gen-coordinator-" + region + "-" + k,
                        "Coördinator " + k + " " + region + " (gegenereerd)", null, Role.COORDINATOR));
            }
            for (int k = 1; k <= REFERRERS; k++) {
                Long school = schoolOf(region, k);
                actors.add(ensure(region, "V", k, "gen-verwijzer-" + region + "-" + k,
                        "Verwijzer " + k + " " + region + " (gegenereerd)", school, Role.VERWIJZER));
            }
        }
        return actors;
    }

    private Actor ensure(String region, String kind, int number, String username, String displayName,
            Long organisationId, Role role) {
        if (demo && demoPasswordHash == null) {
            users.ensureDemoAccount(username, displayName, organisationId, region, role);
            demoPasswordHash = jdbc.sql("select password_hash from app_user where lower(username) = lower(?)")
                    .param(username).query(String.class).optional().orElse(null);
        } else {
            insertDirectly(username, displayName, organisationId, region, role);
        }
        return jdbc.sql("select id, email from app_user where lower(username) = lower(?)").param(username)
                .query((rs, n) -> new Actor(region, kind, number, rs.getLong(1), username, displayName, rs.getString(2)))
                .single();
    }

    private Long schoolOf(String region, int k) {
        String type = List.of("PO", "VO", "SO", "VSO", "SBO", "MBO").get((k - 1) % 6);
        return jdbc.sql("select id from organisation where region_slug = ? and code = ?")
                .params(region, "gen-" + type + "-01").query(Long.class).optional().orElse(null);
    }

    private void insertDirectly(String username, String displayName, Long organisationId, String region, Role role) {
        boolean canLogIn = demo && demoPasswordHash != null;
        jdbc.sql("""
                insert into app_user (username, display_name, email, organisation_id, password_hash, active)
                values (:username, :name, :username || '@gegenereerd.doorbraak.example', :organisation, :hash, :active)
                on conflict do nothing""")
                .param("username", username).param("name", displayName).param("organisation", organisationId)
                .param("hash", canLogIn ? demoPasswordHash : "!gegenereerd-geen-login").param("active", canLogIn)
                .update();
        jdbc.sql("""
                insert into user_role (user_id, role) select id, :role from app_user where username = :username
                on conflict do nothing""").param("role", role.name()).param("username", username).update();
        jdbc.sql("""
                insert into user_region (user_id, region_slug) select id, :region from app_user where username = :username
                on conflict do nothing""").param("region", region).param("username", username).update();
    }
}
