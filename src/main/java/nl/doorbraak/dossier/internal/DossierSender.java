package nl.doorbraak.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.mail.OutgoingMail;
import nl.doorbraak.mail.Outbox;
import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.AgendaPerson;
import nl.doorbraak.planning.Agendas;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dossier versturen: every user at the case's planned tables who did not get it yet gets need-to-know and a mail
 * with only a link; who got it when is kept, and the case timeline shows it. External people get nothing.
 */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, DossierRefused.class})
public class DossierSender {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final DossierGate gate;
    private final DossierRepository dossiers;
    private final Agendas agendas;
    private final CaseParticipation cases;
    private final UserDirectory users;
    private final Outbox outbox;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    DossierSender(DossierGate gate, DossierRepository dossiers, Agendas agendas, CaseParticipation cases,
            UserDirectory users, Outbox outbox, MessageSource messages, Clock clock,
            @Value("${doorbraak.base-url:http://localhost:8080}") String baseUrl) {
        this.gate = gate;
        this.dossiers = dossiers;
        this.agendas = agendas;
        this.cases = cases;
        this.users = users;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends to the participants who do not have it yet; returns how many. */
    public int send(CurrentUser user, long caseId) {
        CaseSummary summary = gate.editable(user, caseId, "DOSSIER_VERSTUURD");
        List<AgendaEntry> planned = agendas.entriesOfCase(caseId).stream().filter(e -> !e.cancelled()).toList();
        if (planned.isEmpty() || !DossierRules.sendableIn(summary.status())) {
            throw new DossierRefused("dossier.refused.noAgenda");
        }
        if (dossiers.find(caseId).map(d -> DossierRules.analysisEmpty(d.content())).orElse(true)) {
            throw new DossierRefused("dossier.refused.noAnalysis");
        }
        List<Long> recipients = newRecipients(caseId, planned);
        if (recipients.isEmpty()) {
            throw new DossierRefused("dossier.refused.nobodyNew");
        }
        Instant now = clock.instant();
        cases.grantAccess(caseId, recipients);
        recipients.forEach(userId -> dossiers.addReceipt(caseId, userId, now, user.id()));
        dossiers.markSent(caseId, now);
        recipients.forEach(userId -> users.find(userId).ifPresent(contact -> mail(contact, caseId)));
        cases.recordDossierSent(user, caseId, recipients.size());
        return recipients.size();
    }

    /** Users at a planned table for the case, but not the inbrenger, who wrote it, nor those who have it already. */
    private List<Long> newRecipients(long caseId, List<AgendaEntry> planned) {
        Set<Long> already = dossiers.currentRecipients(caseId);
        return planned.stream().flatMap(entry -> entry.participants().stream())
                .filter(AgendaPerson::isUser).filter(p -> !"INBRENGER".equals(p.role()))
                .map(AgendaPerson::userId).distinct().filter(id -> !already.contains(id)).toList();
    }

    private void mail(UserContact contact, long caseId) {
        if (contact.email() == null || contact.email().isBlank()) {
            return;
        }
        String path = "/casussen/" + caseId + "/dossier";
        outbox.enqueue(new OutgoingMail(contact.email(), "DOSSIER_VERSTUURD",
                messages.getMessage("dossier.mail.subject", null, DUTCH),
                messages.getMessage("dossier.mail.body", new Object[] {baseUrl + path}, DUTCH), path));
    }
}
