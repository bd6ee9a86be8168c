package nl.doorbraak.verslag.internal;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.mail.Outbox;
import nl.doorbraak.mail.OutgoingMail;
import nl.doorbraak.planning.AgendaPerson;
import nl.doorbraak.planning.Agendas;
import nl.doorbraak.verslag.VerslagFinalised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every participant with an account that the verslag (or its correction) is ready: a link and nothing else,
 * in the finalising transaction. External participants have no account, so a link would be of no use to them.
 */
@Component
class VerslagNotifier {

    private final Agendas agendas;
    private final UserDirectory users;
    private final Outbox outbox;
    private final FinalisingAccess texts;

    VerslagNotifier(Agendas agendas, UserDirectory users, Outbox outbox, FinalisingAccess texts) {
        this.agendas = agendas;
        this.users = users;
        this.outbox = outbox;
        this.texts = texts;
    }

    @EventListener
    void tellParticipants(VerslagFinalised finalised) {
        String kind = finalised.version() > 1 ? "corrected" : "ready";
        String link = "/verslagen/" + finalised.agendaItemId() + "/versies/" + finalised.version();
        for (String to : recipients(finalised.agendaItemId())) {
            outbox.enqueue(new OutgoingMail(to, finalised.version() > 1 ? "VERSLAG_GECORRIGEERD" : "VERSLAG_KLAAR",
                    texts.dutch("verslagversie.mail." + kind + ".subject"),
                    texts.dutch("verslagversie.mail." + kind + ".body"), link));
        }
    }

    private Set<String> recipients(long agendaItemId) {
        Set<String> addresses = new LinkedHashSet<>();
        agendas.entry(agendaItemId).ifPresent(entry -> entry.participants().stream().filter(AgendaPerson::isUser)
                .map(p -> users.find(p.userId()).map(UserContact::email).filter(e -> !e.isBlank()).orElse(p.email()))
                .filter(Objects::nonNull).filter(e -> !e.isBlank()).forEach(addresses::add));
        return addresses;
    }
}
