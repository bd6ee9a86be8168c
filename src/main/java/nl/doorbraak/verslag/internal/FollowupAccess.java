package nl.doorbraak.verslag.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.planning.AgendaPerson;
import nl.doorbraak.planning.Agendas;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The need-to-know side of following up agreements: the audited case read, who holds regie (the regiehouder named
 * in the latest finalised verslag), names of owners and actors, and refusals that leave an audit row. A change
 * attempt leaves exactly one row: the change's own SUCCESS, or one DENIED row with the reason in Dutch.
 */
@Component
class FollowupAccess {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final CaseParticipation participation;
    private final FollowupRepository agreements;
    private final Agendas agendas;
    private final UserDirectory users;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    FollowupAccess(CaseParticipation participation, FollowupRepository agreements, Agendas agendas,
            UserDirectory users, AuditLog audit, MessageSource messages, Clock clock) {
        this.participation = participation;
        this.agreements = agreements;
        this.agendas = agendas;
        this.users = users;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    CaseSummary visible(CurrentUser user, long caseId, String action) {
        return participation.visible(user, caseId, action);
    }

    /**
     * The case for a change of one of its agreements or scenarios ({@code type} and {@code id}): it must be visible
     * and still open. Nothing is audited when it is; a closed case is refused with one DENIED row.
     */
    CaseSummary changeable(CurrentUser user, long caseId, String action, String type, long id) {
        CaseSummary summary = participation.visibleForChange(user, caseId, action);
        if (FollowupRules.closed(summary.status())) {
            throw refused(user, action, type, id, caseId, List.of(FollowupRefusal.global("afspraken.refused.closed")));
        }
        return summary;
    }

    /** The refusals as {@link FollowupRefused}, after one DENIED row naming them in Dutch. */
    FollowupRefused refused(CurrentUser user, String action, String type, long id, long caseId,
            List<FollowupRefusal> refusals) {
        deny(user, action, type, id, caseId, refusals.stream().map(r -> dutch(r.messageKey()))
                .collect(Collectors.joining(" ")));
        return new FollowupRefused(refusals);
    }

    /** No such agreement or scenario in this case: one DENIED row, then 404. */
    FollowupNotFound notFound(CurrentUser user, String action, String type, long id, long caseId) {
        deny(user, action, type, id, caseId, "dit onderdeel hoort niet bij deze casus of bestaat niet");
        return new FollowupNotFound();
    }

    /** The user id of the case's regiehouder, or null when it is nobody with an account. */
    Long regiehouderUserId(long caseId) {
        return agreements.regiehouder(caseId).flatMap(ref -> agendas.entry(ref[0])
                .flatMap(entry -> entry.participants().stream().filter(p -> p.id() == ref[1]).findFirst()))
                .map(AgendaPerson::userId).orElse(null);
    }

    boolean mayDirect(CurrentUser user, CaseSummary summary) {
        Long regiehouder = regiehouderUserId(summary.id());
        return FollowupRules.mayDirect(user, regiehouder != null && regiehouder == user.id(), summary.regionSlug());
    }

    /** Agenda participants of these agenda items by id, for owners' names and their accounts. */
    Map<Long, AgendaPerson> participants(Collection<Long> agendaItemIds) {
        Map<Long, AgendaPerson> people = new HashMap<>();
        agendaItemIds.stream().distinct().forEach(item -> agendas.entry(item)
                .ifPresent(entry -> entry.participants().forEach(p -> people.put(p.id(), p))));
        return people;
    }

    String userName(long userId) {
        return users.find(userId).map(UserContact::displayName).orElse("?");
    }

    /** Audits the refusal and answers 403: the user may see the case but not do this; {@code reasonKey} says why. */
    AccessDeniedException denied(CurrentUser user, String action, String type, long id, long caseId,
            String reasonKey) {
        deny(user, action, type, id, caseId, dutch(reasonKey));
        return new AccessDeniedException(action + " is not allowed for this user");
    }

    private void deny(CurrentUser user, String action, String type, long id, long caseId, String reason) {
        audit.record(AuditEvent.of(action, type, id).withSubject("casus:" + caseId).withActor(user.username())
                .withOutcome(AuditOutcome.DENIED).withDetails("geweigerd: " + reason));
    }

    private String dutch(String key) {
        return messages.getMessage(key, null, key, FinalisingAccess.DUTCH);
    }

    void record(CurrentUser user, String action, String type, long id, long caseId) {
        audit.record(AuditEvent.of(action, type, id).withSubject("casus:" + caseId).withActor(user.username()));
    }

    java.time.Instant now() {
        return clock.instant();
    }
}
