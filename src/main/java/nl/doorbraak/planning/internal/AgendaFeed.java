package nl.doorbraak.planning.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.calendar.AgendaFeeds;
import nl.doorbraak.calendar.FeedEvent;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal agenda feed of "Mijn overleggen": a URL with a secret token that a calendar app fetches without a
 * login. It shows when and where the owner sits at which table, so every fetch is audited in the owner's name, and a
 * fetch with an unknown token as DENIED. A deactivated account's feed stops: the owner must still be an active user.
 */
@Service
@Transactional
public class AgendaFeed {

    private final AgendaFeedTokens tokens;
    private final AgendaFeedEvents events;
    private final AgendaFeeds feeds;
    private final UserDirectory users;
    private final AuditLog audit;

    AgendaFeed(AgendaFeedTokens tokens, AgendaFeedEvents events, AgendaFeeds feeds, UserDirectory users,
            AuditLog audit) {
        this.tokens = tokens;
        this.events = events;
        this.feeds = feeds;
        this.users = users;
        this.audit = audit;
    }

    /** Since when the user's feed exists; empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> since(CurrentUser user) {
        return tokens.createdAt(user.id());
    }

    /** A new secret address part; an earlier one stops working. Shown once, only its hash is kept. */
    public String renew(CurrentUser user) {
        String token = tokens.renew(user.id());
        audit.record(AuditEvent.of("AGENDAFEED_AANGEMAAKT", "GEBRUIKER", user.id()).withActor(user.username()));
        return token;
    }

    public boolean revoke(CurrentUser user) {
        boolean revoked = tokens.revoke(user.id());
        if (revoked) {
            audit.record(AuditEvent.of("AGENDAFEED_INGETROKKEN", "GEBRUIKER", user.id()).withActor(user.username()));
        }
        return revoked;
    }

    /** The iCalendar text for the token's owner, or empty (unknown, revoked, or the account is not active). */
    public Optional<String> read(String token) {
        Optional<CurrentUser> owner = tokens.use(token).flatMap(users::find).map(UserContact::username)
                .flatMap(users::asCurrentUser);
        if (owner.isEmpty()) {
            audit.record(AuditEvent.of("AGENDAFEED_OPGEHAALD", "GEBRUIKER", null).withOutcome(AuditOutcome.DENIED)
                    .withDetails("geweigerd: onbekende of ingetrokken sleutel"));
            return Optional.empty();
        }
        List<FeedEvent> feedEvents = events.of(owner.get());
        audit.record(AuditEvent.of("AGENDAFEED_OPGEHAALD", "GEBRUIKER", owner.get().id())
                .withActor(owner.get().username()).withDetails(feedEvents.size() + " overleggen"));
        return Optional.of(feeds.feed(feedEvents));
    }
}
