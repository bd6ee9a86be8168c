package nl.doorbraak.escalation.internal;

import java.util.Locale;

import nl.doorbraak.mail.Outbox;
import nl.doorbraak.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mail about an escalation: that a case was escalated and a link to it, never who the case is about. */
@Component
class EscalationMail {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Outbox outbox;
    private final MessageSource messages;

    EscalationMail(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    void send(Recipient recipient, long caseId) {
        String link = "/casussen/" + caseId + "/opschalen";
        String body = switch (recipient.kind()) {
            case LEIDINGGEVENDE -> "escalation.mail.body.manager";
            case COORDINATOR -> "escalation.mail.body.coordinator";
            case SAVE -> "escalation.mail.body.save";
        };
        outbox.enqueue(new OutgoingMail(recipient.email(), "OPGESCHAALD",
                messages.getMessage("escalation.mail.subject", null, DUTCH),
                messages.getMessage(body, new Object[] {link}, DUTCH), link));
    }
}
