package nl.doorbraak.identity;

import java.util.UUID;

import nl.doorbraak.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Test data with unique names: the embedded database is shared by all test classes of a run. */
public final class IdentityFixtures {

    public static final String PASSWORD = "Geheim-Test-2025";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public IdentityFixtures(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String region() {
        String slug = unique("testregio");
        jdbc.sql("insert into region (slug, name, config_hash) values (?, ?, 'test')")
                .params(slug, "Testregio " + slug.substring(10)).update();
        return slug;
    }

    public long organisation(String regionSlug, String type, String schoolType) {
        return jdbc.sql("""
                insert into organisation (region_slug, code, name, type, school_type, from_werkwijze)
                values (?, ?, ?, ?, ?, true) returning id""")
                .params(regionSlug, unique("code"), unique("Org " + type), type, schoolType)
                .query(Long.class).single();
    }

    /** A user with the fixture password; returns the username. */
    public String user(Role role) {
        String username = unique(role.name().toLowerCase());
        long id = jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash)
                values (?, ?, ?, ?) returning id""")
                .params(username, "Test " + username, username + "@test.example", encoder.encode(PASSWORD))
                .query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        return username;
    }

    public long idOf(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    public int auditCount(String action, String outcome, String actor) {
        return jdbc.sql("select count(*) from audit_log where action = ? and outcome = ? and actor = ?")
                .params(action, outcome, actor).query(Integer.class).single();
    }
}
