package nl.doorbraak.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import nl.doorbraak.dossier.DocumentSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clamd client against a fake clamd socket server, and the upload checks that use it. */
class ClamdScannerTest {

    FakeClamd clamd;

    @BeforeEach
    void start() {
        clamd = new FakeClamd();
    }

    @AfterEach
    void stop() throws Exception {
        clamd.close();
    }

    @Test
    void aCleanFileIsOkAndIsSentWithTheInstreamCommand() {
        byte[] large = new byte[200_000];
        assertThat(scanner(clamd.port()).scan(large).infected()).isFalse();
        assertThat(clamd.commands()).containsExactly("zINSTREAM");
    }

    @Test
    void theEicarTestFileIsFoundWithItsSignature() {
        VirusScanner.ScanVerdict verdict = scanner(clamd.port()).scan(DocumentSamples.EICAR);
        assertThat(verdict.infected()).isTrue();
        assertThat(verdict.signature()).isEqualTo("Eicar-Test-Signature");
    }

    @Test
    void anInfectedUploadIsRefusedWithTheVirusMessage() {
        byte[] infected = DocumentSamples.PDF.clone();
        byte[] withVirus = new byte[infected.length + DocumentSamples.EICAR.length];
        System.arraycopy(infected, 0, withVirus, 0, infected.length);
        System.arraycopy(DocumentSamples.EICAR, 0, withVirus, infected.length, DocumentSamples.EICAR.length);

        assertThatThrownBy(() -> checks(scanner(clamd.port())).check(upload(withVirus)))
                .isInstanceOfSatisfying(DocumentRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("document.refused.infected");
                    assertThat(refused.reason()).isEqualTo("geweigerd: virus gevonden (Eicar-Test-Signature)");
                });
        assertThat(checks(scanner(clamd.port())).check(upload(DocumentSamples.PDF)).type()).isEqualTo(DocumentType.PDF);
    }

    @Test
    void aConfiguredClamdThatDoesNotAnswerRefusesTheUpload() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ClamdScanner unreachable = scanner(closedPort);

        assertThatThrownBy(() -> unreachable.scan(DocumentSamples.PDF)).isInstanceOf(VirusScanner.ScannerUnavailable.class);
        assertThatThrownBy(() -> checks(unreachable).check(upload(DocumentSamples.PDF)))
                .isInstanceOfSatisfying(DocumentRefused.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("document.refused.scannerUnavailable"));
    }

    @Test
    void aSilentClamdTimesOutAndRefuses() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ClamdScanner scanner = new ClamdScanner("127.0.0.1", silent.getLocalPort(), Duration.ofMillis(300));
            assertThatThrownBy(() -> scanner.scan(DocumentSamples.PDF)).isInstanceOf(VirusScanner.ScannerUnavailable.class);
        }
    }

    @Test
    void anAnswerThatIsNeitherOkNorFoundCountsAsUnavailable() {
        assertThatThrownBy(() -> ClamdScanner.verdict("INSTREAM size limit exceeded. ERROR"))
                .isInstanceOf(VirusScanner.ScannerUnavailable.class);
        assertThat(ClamdScanner.verdict("stream: OK").infected()).isFalse();
    }

    private static ClamdScanner scanner(int port) {
        return new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(5));
    }

    private static DocumentChecks checks(VirusScanner scanner) {
        return new DocumentChecks(10 * 1024 * 1024, new DocumentTypes(), scanner);
    }

    private static DocumentUpload upload(byte[] content) {
        return new DocumentUpload("OPP", "opp.pdf", content.length, () -> content);
    }
}
