package nl.doorbraak.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.doorbraak.identity.IdentityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoAccountsTest {

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired DemoAccounts demoAccounts;

    @Test
    void createsAnAccountPerRoleAndRegionWithAFittingOrganisation() {
        IdentityFixtures fixtures = new IdentityFixtures(jdbc, encoder);
        String region = fixtures.region();
        long school = fixtures.organisation(region, "SCHOOL", "VO");
        long swv = fixtures.organisation(region, "SWV_VO", null);

        assertThat(demoAccounts.createMissing()).isGreaterThanOrEqualTo(7);
        assertThat(demoAccounts.createMissing()).isZero();

        assertThat(organisationOf("verwijzer-" + region)).isEqualTo(school);
        assertThat(organisationOf("deelnemer-" + region)).isEqualTo(school);
        assertThat(organisationOf("coordinator-" + region)).isEqualTo(swv);
        assertThat(organisationOf("beleid-" + region)).isEqualTo(swv);
        assertThat(jdbc.sql("select count(*) from app_user u join user_region r on r.user_id = u.id where r.region_slug = ?")
                .param(region).query(Integer.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("select role from user_role r join app_user u on u.id = r.user_id where u.username = ?")
                .param("privacy-" + region).query(String.class).single()).isEqualTo("PRIVACY");
        String hash = jdbc.sql("select password_hash from app_user where username = ?").param("leertafel-" + region)
                .query(String.class).single();
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(jdbc.sql("select email from app_user where username = 'beheerder'").query(String.class).single())
                .endsWith("@demo.doorbraak.example");
    }

    private Long organisationOf(String username) {
        return jdbc.sql("select organisation_id from app_user where username = ?").param(username).query(Long.class).single();
    }
}
