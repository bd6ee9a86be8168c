package nl.doorbraak.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class TransportErrorsTest {

    @Test
    void theErrorNamesTheUnderlyingTransportProblem() {
        MailSendException failure = new MailSendException("Mail server connection failed",
                new IllegalStateException("wrapper", new ConnectException("Connection refused")));

        assertThat(TransportErrors.describe(failure)).isEqualTo("ConnectException: Connection refused");
    }

    @Test
    void addressesInTheServersAnswerAreMasked() {
        String text = TransportErrors.describe(new IllegalStateException("550 <jan.jansen@school.example>: unknown user"));

        assertThat(text).isEqualTo("IllegalStateException: 550 <[adres]>: unknown user").doesNotContain("jansen");
    }

    @Test
    void longErrorsAreCutShort() {
        assertThat(TransportErrors.describe(new IllegalStateException("x".repeat(2000)))).hasSize(TransportErrors.MAX_LENGTH);
    }
}
