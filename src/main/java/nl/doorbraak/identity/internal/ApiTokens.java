package nl.doorbraak.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: the logged-in user makes, lists and revokes their own; a bearer request is checked here. */
@Service
@Transactional
public class ApiTokens {

    public static final int DEFAULT_VALID_DAYS = 90;
    public static final int MAX_VALID_DAYS = 365;
    private static final String OBJECT_TYPE = "API_TOKEN";

    private final ApiTokenRepository tokens;
    private final DatabaseUserDetailsService users;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, DatabaseUserDetailsService users, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a token for the logged-in user, valid for 1 to 365 days. */
    public CreatedApiToken create(String name, int validDays) {
        if (validDays < 1 || validDays > MAX_VALID_DAYS) {
            throw new IllegalArgumentException("validDays out of range: " + validDays);
        }
        ApiTokenSecrets.NewToken token = ApiTokenSecrets.generate();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(validDays));
        long id = tokens.insert(CurrentUsers.get().id(), name.strip(), token.prefix(), token.hash(), now, expiresAt);
        audit.record(AuditEvent.of("API_TOKEN_AANGEMAAKT", OBJECT_TYPE, id)
                .withDetails("prefix " + token.prefix() + ", geldig tot " + expiresAt));
        return new CreatedApiToken(id, name.strip(), token.token(), expiresAt);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenListItem> mine() {
        return tokens.listFor(CurrentUsers.get().id());
    }

    /** Revokes one of the logged-in user's tokens; returns its name, or empty when it is not theirs or already revoked. */
    public Optional<String> revoke(long id) {
        long userId = CurrentUsers.get().id();
        Optional<String> name = tokens.nameOf(id, userId);
        if (name.isEmpty() || !tokens.revoke(id, userId, clock.instant())) {
            return Optional.empty();
        }
        audit.record(AuditEvent.of("API_TOKEN_INGETROKKEN", OBJECT_TYPE, id));
        return name;
    }

    /**
     * The principal a bearer token stands for (the same as form login builds), or empty when the token is
     * unknown, revoked, expired or its user is deactivated or locked. Refusals are audited without the token itself.
     */
    public Optional<AccountPrincipal> authenticate(String presented) {
        Optional<String> prefix = ApiTokenSecrets.prefixOf(presented);
        Optional<ApiTokenRepository.StoredToken> stored = prefix.flatMap(tokens::findByPrefix)
                .filter(token -> ApiTokenSecrets.matches(presented, token.tokenHash()));
        if (stored.isEmpty()) {
            return refuse(prefix.orElse(null), null, "onbekende sleutel");
        }
        ApiTokenRepository.StoredToken token = stored.get();
        Instant now = clock.instant();
        String refusal = refusalOf(token, now);
        if (refusal != null) {
            return refuse(token.prefix(), token.username(), refusal);
        }
        Optional<AccountPrincipal> principal = principalOf(token.username());
        if (principal.isEmpty() || !principal.get().isEnabled()) {
            return refuse(token.prefix(), token.username(), "gebruiker niet actief");
        }
        if (!principal.get().isAccountNonLocked()) {
            return refuse(token.prefix(), token.username(), "account geblokkeerd");
        }
        tokens.markUsed(token.id(), now);
        return principal;
    }

    private static String refusalOf(ApiTokenRepository.StoredToken token, Instant now) {
        if (token.revokedAt() != null) {
            return "ingetrokken";
        }
        if (!token.expiresAt().isAfter(now)) {
            return "verlopen";
        }
        return token.userActive() ? null : "gebruiker niet actief";
    }

    /**
     * The account as form login would load it. A deactivated account's keys are refused, and so are a locked
     * account's while the lock lasts: a lock stops everything acting for the account, sessions included.
     */
    private Optional<AccountPrincipal> principalOf(String username) {
        try {
            if (users.loadUserByUsername(username) instanceof AccountPrincipal principal) {
                principal.eraseCredentials();
                return Optional.of(principal);
            }
        } catch (UsernameNotFoundException gone) {
            // deleted between the two queries: refused below
        }
        return Optional.empty();
    }

    private Optional<AccountPrincipal> refuse(String prefix, String owner, String reason) {
        audit.record(AuditEvent.of("API_TOKEN_GEWEIGERD", OBJECT_TYPE, prefix).withOutcome(AuditOutcome.DENIED)
                .withActor(owner).withDetails(reason));
        return Optional.empty();
    }
}
