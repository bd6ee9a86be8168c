package nl.doorbraak.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.doorbraak.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Outside the demo the app runs behind a TLS proxy: it honours the proxy's X-Forwarded-* headers, marks the session
 * cookie Secure, sends HSTS over HTTPS, and never builds a redirect from the Host the client sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"doorbraak.demo=false", "doorbraak.admin-password=Proxy-Test-Beheer-2025"})
@ActiveProfiles("test")
class ProxyHeadersTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    private HttpResponse<String> getLogin(Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("DOORBRAAK_SESSION=")).findFirst().orElseThrow();
    }

    @Test
    void httpsThroughTheProxyGetsHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> login = getLogin(Map.of("X-Forwarded-Proto", "https"));

        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(sessionCookie(login)).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void sessionCookieIsSecureOutsideTheDemoEvenWhenTheProxyForgetsTheProtocol() throws Exception {
        HttpResponse<String> login = getLogin(Map.of());

        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(login)).contains("Secure");
    }

    @Test
    void redirectsNeverPointAtTheHostTheClientSent() throws Exception {
        String username = new IdentityFixtures(jdbc, encoder).user(Role.VERWIJZER);
        List<String> locations = new ArrayList<>();
        for (Map<String, String> forged : List.of(Map.of("Host", "evil.example"),
                Map.of("Host", "localhost", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"))) {
            RawHttp client = new RawHttp(port, forged);
            locations.add(location(client.get("/beheer/gebruikers")));
            client.get("/login");
            locations.add(location(client.post("/login", Map.of("username", username, "password", "fout"))));
            client.get("/login");
            locations.add(location(client.post("/login", Map.of("username", username, "password", IdentityFixtures.PASSWORD))));
            client.get("/account/api-tokens");
            locations.add(location(client.post("/account/api-tokens", Map.of("name", "Proxy", "validDays", "7"))));
            locations.add(location(client.post("/logout", Map.of())));
        }

        assertThat(locations).containsExactly("/login", "/login?error", "/", "/account/api-tokens", "/login?afgemeld",
                "/login", "/login?error", "/", "/account/api-tokens", "/login?afgemeld");
    }

    private static String location(RawHttp.Response response) {
        assertThat(response.status()).as("a redirect").isEqualTo(302);
        return response.header("Location").orElseThrow();
    }
}
