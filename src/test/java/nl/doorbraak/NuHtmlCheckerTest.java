package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NuHtmlCheckerTest {

    private final NuHtmlChecker checker = new NuHtmlChecker();

    @Test
    void acceptsAValidPage() {
        assertThat(checker.errorsIn("""
                <!DOCTYPE html><html lang="nl"><head><title>Proef</title></head>
                <body><main><h1>Proef</h1><p><time datetime="2026-12-02T08:15:00.123Z">vandaag</time></p></main></body></html>
                """)).isEmpty();
    }

    @Test
    void findsATimeWithMicrosecondsAndAnUnknownAttribute() {
        assertThat(checker.errorsIn("""
                <!DOCTYPE html><html lang="nl"><head><title>Proef</title></head>
                <body><main><h1 hx-get="/x">Proef</h1><p><time datetime="2026-12-02T08:15:00.123456Z">vandaag</time></p></main></body></html>
                """)).hasSize(2);
    }
}
