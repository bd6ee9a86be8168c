package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import nl.doorbraak.mail.internal.OutboxSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Zuidoost Utrecht routes referrals per sector to its own intake point: a VO referral reaches the coordinator
 * of the SWV VO, not the one of the SWV PO, through a real SMTP server, with a link and no personal data; the
 * intake point's own address from the werkwijze is told too.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReferralMailDeliveryTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OutboxSender sender;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("doorbraak.mail.poll-interval", () -> "24h");
        registry.add("doorbraak.base-url", () -> "https://doorbraak.example.nl");
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void voReferralReachesTheVoIntakeCoordinatorByMailWithOnlyALink() throws Exception {
        String voCoordinator = coordinatorAt("swv-vo-zou");
        String poCoordinator = coordinatorAt("swv-po-zout");
        String youth = "Testkind " + UUID.randomUUID().toString().substring(0, 8);

        String location = mvc.perform(referral(login("verwijzer-zuidoost-utrecht"), youth))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        sender.deliverDue();

        List<MimeMessage> toVo = receivedBy(voCoordinator);
        assertThat(toVo).hasSize(1);
        String body = (String) toVo.get(0).getContent();
        assertThat(body).contains("https://doorbraak.example.nl" + location).doesNotContain(youth);
        assertThat(toVo.get(0).getSubject()).doesNotContain(youth);
        assertThat(receivedBy(poCoordinator)).isEmpty();
        assertThat(receivedBy("verwijzer-zuidoost-utrecht@demo.doorbraak.example"))
                .anySatisfy(ack -> assertThat(ack.getContent().toString()).contains(location).doesNotContain(youth));
    }

    @Test
    void aPoReferralReachesThePoIntakeAddressOfTheWerkwijzeOnceWithOnlyALinkAndNotTheVoAddress() throws Exception {
        String youth = "Testkind " + UUID.randomUUID().toString().substring(0, 8);

        String location = mvc.perform(referral(login("verwijzer-zuidoost-utrecht"), youth, "PO"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        sender.deliverDue();

        List<MimeMessage> toPoAddress = about(receivedBy("doorbraaktafel-po@swv-po-zout.example"), location);
        assertThat(toPoAddress).hasSize(1);
        assertThat((String) toPoAddress.get(0).getContent()).contains("https://doorbraak.example.nl" + location)
                .doesNotContain(youth).doesNotContain("Welke plek past").doesNotContain("Zeist");
        assertThat(toPoAddress.get(0).getSubject()).doesNotContain(youth);
        assertThat(about(receivedBy("doorbraaktafel-vo@swv-vo-zou.example"), location)).isEmpty();
        assertThat(about(receivedBy("coordinator-po-zuidoost-utrecht@demo.doorbraak.example"), location)).hasSize(1);
        assertThat(about(receivedBy("coordinator-vo-zuidoost-utrecht@demo.doorbraak.example"), location)).isEmpty();
    }

    /** A coordinator of Zuidoost Utrecht working at the organisation with this werkwijze code; returns the e-mail. */
    private String coordinatorAt(String organisationCode) {
        String username = "intake-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@test.example";
        long id = jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, organisation_id)
                select ?, ?, ?, '{noop}niet-inloggen', o.id from organisation o
                where o.region_slug = 'zuidoost-utrecht' and o.code = ? returning id""")
                .params(username, "Intake " + organisationCode, email, organisationCode).query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'COORDINATOR')").param(id).update();
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, 'zuidoost-utrecht')").param(id).update();
        return email;
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }

    private static MockHttpServletRequestBuilder referral(MockHttpSession session, String youth) {
        return referral(session, youth, "VO");
    }

    private static MockHttpServletRequestBuilder referral(MockHttpSession session, String youth, String sector) {
        Map<String, String> fields = new LinkedHashMap<>(
                ReferralFormFields.complete(youth, "zuidoost-utrecht", "Zeist", LocalDate.now()));
        fields.put("sector", sector);
        fields.put("actie", "indienen");
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(session).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> sentTo(message, address)).toList();
    }

    /** The mails whose text carries this case's link. */
    private static List<MimeMessage> about(List<MimeMessage> messages, String location) {
        return messages.stream().filter(message -> {
            try {
                return Pattern.compile(Pattern.quote(location) + "(?!\\d)").matcher(message.getContent().toString()).find();
            } catch (IOException | jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
