package nl.doorbraak.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A body without a Content-Length (chunked) is stopped while it is read, once it passes the limit. */
class BodySizeFilterTest {

    private static final int LIMIT = 1024;

    /** A chunked request: the body is there, its length is not known beforehand. */
    private static MockHttpServletRequest chunked(int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/aanmeldingen") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[bytes]);
        return request;
    }

    @Test
    void stopsAChunkedBodyThatGrowsPastTheLimit() {
        BodySizeFilter filter = new BodySizeFilter(LIMIT, null);
        assertThatThrownBy(() -> filter.doFilter(chunked(LIMIT + 1), new MockHttpServletResponse(),
                (request, response) -> request.getInputStream().readAllBytes()))
                .isInstanceOf(BodyTooLarge.class);
    }

    @Test
    void letsAChunkedBodyUpToTheLimitThrough() throws Exception {
        BodySizeFilter filter = new BodySizeFilter(LIMIT, null);
        int[] read = new int[1];
        filter.doFilter(chunked(LIMIT), new MockHttpServletResponse(),
                (request, response) -> read[0] = request.getInputStream().readAllBytes().length);
        assertThat(read[0]).isEqualTo(LIMIT);
    }
}
