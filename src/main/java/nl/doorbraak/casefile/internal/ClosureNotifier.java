package nl.doorbraak.casefile.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.mail.Outbox;
import nl.doorbraak.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells the referrer and the region's coordinators that a case was closed: only that, and a link to the case. */
@Component
class ClosureNotifier {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Outbox outbox;
    private final UserDirectory users;
    private final MessageSource messages;

    ClosureNotifier(Outbox outbox, UserDirectory users, MessageSource messages) {
        this.outbox = outbox;
        this.users = users;
        this.messages = messages;
    }

    /** To the referrer and the region's coordinators who see the case (not those of another intake point). */
    void caseClosed(CaseFacts facts) {
        Map<Long, UserContact> recipients = new LinkedHashMap<>();
        users.find(facts.referrerUserId()).ifPresent(r -> recipients.put(r.id(), r));
        users.withRoleInRegion(Role.COORDINATOR, facts.regionSlug()).stream().filter(c -> CaseAccess.reaches(c, facts))
                .forEach(c -> recipients.putIfAbsent(c.id(), c));
        String link = "/casussen/" + facts.caseId();
        recipients.values().forEach(to -> outbox.enqueue(new OutgoingMail(to.email(), "CASUS_AFGESLOTEN",
                messages.getMessage("casefile.mail.closed.subject", null, DUTCH),
                messages.getMessage("casefile.mail.closed.body", new Object[] {link}, DUTCH), link)));
    }
}
