package nl.doorbraak.identity.internal;

import nl.doorbraak.common.DemoMode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions are Spring Session JDBC rows (tables from Flyway V21), shared by every instance, indexed by user id, with
 * attributes that survive an upgrade ({@link StoredSessionAttributes}).
 * The cookie comes from server.servlet.session.cookie.* (DOORBRAAK_SESSION, HttpOnly, SameSite=Strict), here and
 * not in Spring Boot's auto-configuration, which reads those settings only on the embedded server: MockMvc tests
 * then see the same cookie. It is Secure outside the demo: there the app runs behind a TLS proxy, and the cookie must
 * never travel over plain HTTP, even if the proxy forgets to say the request came over HTTPS. The demo runs on plain
 * http://localhost, where a Secure cookie would be lost.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServerProperties.class)
class SessionConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> storedSessions() {
        return repository -> {
            repository.setIndexResolver(new UserIdIndexResolver());
            repository.setConversionService(StoredSessionAttributes.conversions(SessionConfiguration.class.getClassLoader()));
        };
    }

    @Bean
    DefaultCookieSerializer sessionCookie(ServerProperties server, DemoMode demoMode) {
        Cookie cookie = server.getServlet().getSession().getCookie();
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(cookie.getName());
        serializer.setUseHttpOnlyCookie(!Boolean.FALSE.equals(cookie.getHttpOnly()));
        if (cookie.getSameSite() != null) {
            serializer.setSameSite(cookie.getSameSite().attributeValue());
        }
        if (!demoMode.enabled() || Boolean.TRUE.equals(cookie.getSecure())) {
            serializer.setUseSecureCookie(true);
        }
        return serializer;
    }
}
