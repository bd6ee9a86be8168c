package nl.doorbraak.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.internal.UserAdministration;
import nl.doorbraak.identity.internal.UserChangeRefused;
import nl.doorbraak.identity.internal.UserDraft;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Finding 4 of the security test: BEHEERDER stands alone on an account, in the service, in the database (for every
 * path around the service) and at the upgrade that brings the rule in.
 */
@SpringBootTest
@ActiveProfiles("test")
class AdministratorRoleSeparationTest {

    @Autowired UserAdministration administration;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired DataSource dataSource;
    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(jdbc, encoder);
    }

    @Test
    void refusesBeheerderCombinedWithCoordinator() {
        String username = IdentityFixtures.unique("dubbel");
        assertThatThrownBy(() -> administration.create(draft(username, Role.BEHEERDER, Role.COORDINATOR), "Lange-Zomer-2025"))
                .isInstanceOfSatisfying(UserChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("roles");
                    assertThat(refused.messageKey()).isEqualTo("user.roles.beheerderAlone");
                });

        String coordinator = fixtures.user(Role.COORDINATOR);
        long id = fixtures.idOf(coordinator);
        assertThatThrownBy(() -> administration.update(id, 0, draft(coordinator, Role.COORDINATOR, Role.BEHEERDER)))
                .isInstanceOf(UserChangeRefused.class).hasMessage("user.roles.beheerderAlone");
        assertThat(rolesOf(id)).containsExactly("COORDINATOR");
    }

    @Test
    void refusesBeheerderCombinedWithThePrivacyOfficerOrAnyOtherRole() {
        for (Role other : Set.of(Role.PRIVACY, Role.LEERTAFEL, Role.BELEID, Role.VOORZITTER, Role.VERWIJZER, Role.DEELNEMER)) {
            assertThatThrownBy(() -> administration.create(draft(IdentityFixtures.unique("dubbel"), Role.BEHEERDER, other),
                    "Lange-Zomer-2025")).as(other.name()).hasMessage("user.roles.beheerderAlone");
        }
    }

    @Test
    void theDatabaseRefusesBeheerderCombinedWithCoordinator() {
        long coordinator = fixtures.idOf(fixtures.user(Role.COORDINATOR));
        assertThatThrownBy(() -> addRole(coordinator, Role.BEHEERDER))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("user_role_beheerder_alone");

        long beheerder = fixtures.idOf(fixtures.user(Role.BEHEERDER));
        assertThatThrownBy(() -> addRole(beheerder, Role.COORDINATOR)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatCode(() -> jdbc.sql("update user_role set role = 'BEHEERDER' where user_id = ?").param(coordinator).update())
                .as("an account's only role may become BEHEERDER: the check looks at the other rows")
                .doesNotThrowAnyException();

        long both = fixtures.idOf(fixtures.user(Role.LEERTAFEL));
        addRole(both, Role.BELEID);
        assertThatThrownBy(() -> jdbc.sql("update user_role set role = 'BEHEERDER' where user_id = ? and role = 'BELEID'")
                .param(both).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    /** Existing combinations are not repaired silently: which role goes is for a person to decide. */
    @Test
    void theUpgradeStopsAndNamesTheAccountsThatAlreadyCombineBeheerderWithAnotherRole() {
        String schema = "v22_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            flyway(schema, "20").migrate();
            JdbcClient old = JdbcClient.create(dataSource);
            long id = old.sql("insert into " + schema + ".app_user (username, display_name, email, password_hash) "
                    + "values ('dubbel', 'Dubbel', 'dubbel@test.example', 'x') returning id").query(Long.class).single();
            old.sql("insert into " + schema + ".user_role (user_id, role) values (?, 'BEHEERDER'), (?, 'COORDINATOR')")
                    .params(id, id).update();

            assertThatThrownBy(() -> flyway(schema, "22").migrate())
                    .hasMessageContaining("V22: the accounts with id " + id + " combine BEHEERDER with another role");
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    private Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/migration").target(target).load();
    }

    private void addRole(long userId, Role role) {
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(userId, role.name()).update();
    }

    private java.util.List<String> rolesOf(long id) {
        return jdbc.sql("select role from user_role where user_id = ?").param(id).query(String.class).list();
    }

    private static UserDraft draft(String username, Role... roles) {
        return new UserDraft(username, "Test", username + "@test.example", null, Set.of(), Set.of(roles));
    }
}
