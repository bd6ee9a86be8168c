package nl.doorbraak.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkPathsTest {

    @Test
    void plainAppPathsAndNoLinkAreAllowed() {
        assertThat(LinkPaths.isAllowed(null)).isTrue();
        assertThat(LinkPaths.isAllowed("/casussen/12")).isTrue();
        assertThat(LinkPaths.isAllowed("/tafels/zuidoost-utrecht/2026-03-05")).isTrue();
    }

    @Test
    void queryStringsFragmentsAndOtherSitesAreRefused() {
        assertThat(LinkPaths.isAllowed("/casussen/12?naam=Jan")).isFalse();
        assertThat(LinkPaths.isAllowed("/casussen/12#bsn")).isFalse();
        assertThat(LinkPaths.isAllowed("//elders.example/x")).isFalse();
        assertThat(LinkPaths.isAllowed("https://elders.example/x")).isFalse();
        assertThat(LinkPaths.isAllowed("casussen/12")).isFalse();
        assertThat(LinkPaths.isAllowed("/casussen/12\r\nBcc: x@y")).isFalse();
        assertThat(LinkPaths.isAllowed("/" + "a".repeat(LinkPaths.MAX_LENGTH))).isFalse();
    }
}
