package nl.doorbraak.identity.internal;

import nl.doorbraak.api.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;

/**
 * Security for the JSON API and its description: a bearer token or the browser session, and problem+json instead
 * of a redirect to the login page. Token requests need no CSRF token (they carry no cookie a browser would add by
 * itself); session requests still do. Runs before the main chain of {@link SecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems,
            SessionAccountFilters sessionChecks) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(sessionChecks.forApi(problems), LogoutFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                // CSRF rides on a logged-in session cookie: a token request or one that is not logged in has
                // nothing to forge, and the latter should hear 401 (log in) rather than 403
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> BearerTokenFilter.hasBearerToken(request)
                        || !TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())))
                // a 401 must not remember the request for after a login that an API client never does
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
