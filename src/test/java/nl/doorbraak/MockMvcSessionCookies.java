package nl.doorbraak;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcConfigurerAdapter;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sessions are Spring Session rows found by the DOORBRAAK_SESSION cookie, but many MockMvc tests keep the
 * {@code MockHttpSession} of a login and pass it on with {@code .session(...)}. This carries the cookie in that
 * MockHttpSession: after each request the session cookie the app set is remembered in the request's MockHttpSession,
 * and a later request with that MockHttpSession (and no cookie of its own) sends it again. A test that sends the
 * cookie itself is left alone. A plain component in the test sources, so every test context gets it.
 */
@Component
class MockMvcSessionCookies implements MockMvcBuilderCustomizer {

    static final String COOKIE = "DOORBRAAK_SESSION";
    private static final String REMEMBERED = MockMvcSessionCookies.class.getName() + ".cookie";

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.apply(new MockMvcConfigurerAdapter() {
            @Override
            public RequestPostProcessor beforeMockMvcCreated(ConfigurableMockMvcBuilder<?> b, WebApplicationContext context) {
                return MockMvcSessionCookies::sendRememberedCookie;
            }
        });
        builder.alwaysDo(result -> remember(result.getRequest(), result.getResponse().getCookie(COOKIE)));
    }

    private static MockHttpServletRequest sendRememberedCookie(MockHttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(REMEMBERED);
        if (remembered instanceof String value && !hasSessionCookie(request)) {
            Cookie[] existing = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            Cookie[] cookies = java.util.Arrays.copyOf(existing, existing.length + 1);
            cookies[existing.length] = new Cookie(COOKIE, value);
            request.setCookies(cookies);
        }
        return request;
    }

    private static boolean hasSessionCookie(MockHttpServletRequest request) {
        return request.getCookies() != null
                && java.util.Arrays.stream(request.getCookies()).anyMatch(c -> COOKIE.equals(c.getName()));
    }

    private static void remember(MockHttpServletRequest request, Cookie set) {
        if (set == null) {
            return;
        }
        if (set.getMaxAge() == 0 || set.getValue().isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(REMEMBERED);
            }
        } else {
            request.getSession(true).setAttribute(REMEMBERED, set.getValue());
        }
    }
}
