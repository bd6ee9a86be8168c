package nl.doorbraak.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login with CSRF; sessions (in PostgreSQL, see {@link SessionConfiguration}) that end on idle time, on their
 * maximum lifetime and on any change to the account ({@link SessionAccountFilter}); a strict Content-Security-Policy
 * (no inline script) and the usual headers, HSTS included on HTTPS requests (behind the proxy: X-Forwarded-Proto).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, SessionAccountFilters sessionChecks) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        // the personal agenda feed: a calendar app has no login, the secret token in the path is the key
                        .requestMatchers(HttpMethod.GET, "/agenda/feed/*").permitAll()
                        .requestMatchers("/beheer/**").hasRole("BEHEERDER")
                        .requestMatchers("/audit/**", "/audit").hasRole("PRIVACY")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?afgemeld")
                        .deleteCookies("DOORBRAAK_SESSION"))
                // a new session at login: its creation time is the login time, for the maximum lifetime
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession())
                        // A session that is gone (idle timeout, or ended by an account change) ends here with an explanation.
                        .invalidSessionUrl("/login?verlopen"))
                .addFilterBefore(sessionChecks.forPages(), LogoutFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
