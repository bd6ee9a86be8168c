package nl.doorbraak.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides per request whether a logged-in session may go on: within its lifetime, the account still active, not
 * locked and with the security stamp of the login. One primary-key lookup of app_user; a session that may not go on
 * is ended here and audited.
 */
@Component
class SessionAccountCheck {

    enum Verdict { VALID, PASSWORD_CHANGE_REQUIRED, ACCOUNT_CHANGED, LIFETIME_OVER }

    private final JdbcClient jdbc;
    private final SessionLifetime lifetime;
    private final AuditLog audit;
    private final Clock clock;

    SessionAccountCheck(JdbcClient jdbc, SessionLifetime lifetime, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.lifetime = lifetime;
        this.audit = audit;
        this.clock = clock;
    }

    Verdict check(AccountPrincipal principal, HttpSession session) {
        Verdict verdict = verdictFor(principal, session);
        if (verdict == Verdict.ACCOUNT_CHANGED || verdict == Verdict.LIFETIME_OVER) {
            audit.record(AuditEvent.of("SESSIE_BEEINDIGD", "GEBRUIKER", principal.currentUser().id())
                    .withActor(principal.getUsername())
                    .withDetails(verdict == Verdict.LIFETIME_OVER ? "maximale duur van de sessie bereikt"
                            : "account gewijzigd, gedeactiveerd of geblokkeerd"));
        }
        return verdict;
    }

    private Verdict verdictFor(AccountPrincipal principal, HttpSession session) {
        if (session != null && lifetime.isOver(session)) {
            return Verdict.LIFETIME_OVER;
        }
        Optional<Long> stamp = jdbc.sql("""
                select security_stamp from app_user
                where id = ? and active and (locked_until is null or locked_until <= ?)""")
                .params(principal.currentUser().id(), Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        if (stamp.filter(current -> current == principal.securityStamp()).isEmpty()) {
            return Verdict.ACCOUNT_CHANGED;
        }
        return principal.mustChangePassword() ? Verdict.PASSWORD_CHANGE_REQUIRED : Verdict.VALID;
    }
}
