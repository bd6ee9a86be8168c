package nl.doorbraak.voortgang.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting a progress update: stored, audited, and one notice per update to the participants the latest verslag
 * names (and the regiehouder), link only. One notice per update keeps it simple; a weekly digest can batch later.
 * Each attempt leaves one audit row under VOORTGANG_GEPLAATST: SUCCESS with the update, or DENIED with the reason.
 */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, MayNotPost.class})
public class ProgressPosting {

    private static final String ACTION = "VOORTGANG_GEPLAATST";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CaseParticipation cases;
    private final PostingRule rule;
    private final ProgressUpdates updates;
    private final ProgressReadModel reads;
    private final ProgressMail mail;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ProgressClock clock;

    ProgressPosting(CaseParticipation cases, PostingRule rule, ProgressUpdates updates, ProgressReadModel reads,
            ProgressMail mail, AuditLog audit, MessageSource messages, ProgressClock clock) {
        this.cases = cases;
        this.rule = rule;
        this.updates = updates;
        this.reads = reads;
        this.mail = mail;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @throws CaseHidden when the user may not see the case
     * @throws MayNotPost when the user may see it but is not its regiehouder or coordinator
     * @return how many participants were told
     */
    public int post(CurrentUser user, long caseId, String text) {
        return post(user, caseId, text, false);
    }

    /**
     * As {@link #post(CurrentUser, long, String)}; with {@code onBehalf} a coordinator posts for the regiehouder
     * without an account, and the update says so ("namens X, geplaatst door Y"). Without such a regiehouder, or for
     * someone who is not a coordinator of the region, {@code onBehalf} changes nothing.
     */
    public int post(CurrentUser user, long caseId, String text, boolean onBehalf) {
        CaseSummary summary = cases.visibleForChange(user, caseId, ACTION);
        if (!rule.mayPost(user, summary)) {
            String reason = messages.getMessage("voortgang.refused.notAllowed", null, DUTCH);
            audit.record(AuditEvent.of(ACTION, "CASUS", caseId).withSubject("casus:" + caseId)
                    .withActor(user.username()).withOutcome(AuditOutcome.DENIED).withDetails("geweigerd: " + reason));
            throw new MayNotPost(caseId);
        }
        String behalf = onBehalf && rule.isCoordinator(user, summary)
                ? reads.regiehouderWithoutAccount(caseId).orElse(null) : null;
        long id = updates.add(caseId, user.id(), behalf, text.strip(), clock.now());
        audit.record(AuditEvent.of(ACTION, "VOORTGANGSBERICHT", id).withSubject("casus:" + caseId)
                .withActor(user.username()).withDetails(behalf == null ? null : "namens de regiehouder zonder account"));
        Set<Long> recipients = new LinkedHashSet<>(reads.regiehouders(caseId));
        reads.agreed(caseId).ifPresent(a -> recipients.addAll(reads.participantUsers(a.agendaItemId())));
        recipients.remove(user.id());
        return mail.send(recipients, "VOORTGANG_BERICHT", "update", "/casussen/" + caseId + "/voortgang");
    }
}
