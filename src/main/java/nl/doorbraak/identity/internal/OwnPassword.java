package nl.doorbraak.identity.internal;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in user changes their own password, with their current one as proof (also after the administrator
 * set one). Their other sessions end; the one they do it in goes on (see {@link UserSessions}).
 */
@Service
public class OwnPassword {

    private static final String OBJECT_TYPE = "GEBRUIKER";

    private final JdbcClient jdbc;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountChanges accountChanges;
    private final AuditLog audit;

    OwnPassword(JdbcClient jdbc, PasswordPolicy policy, PasswordEncoder encoder, AccountChanges accountChanges,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.encoder = encoder;
        this.accountChanges = accountChanges;
        this.audit = audit;
    }

    /** Throws {@link UserChangeRefused} naming the field; a wrong current password is audited and kept so. */
    @Transactional(noRollbackFor = UserChangeRefused.class)
    public void change(String currentPassword, String newPassword, String repeated) {
        CurrentUser user = CurrentUsers.get();
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(user.id())
                .query(String.class).single();
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            audit.record(AuditEvent.of("WACHTWOORD_GEWIJZIGD", OBJECT_TYPE, user.id())
                    .withOutcome(AuditOutcome.FAILURE).withDetails("huidig wachtwoord onjuist"));
            throw new UserChangeRefused("currentPassword", "password.own.currentWrong");
        }
        policy.violations(user.username(), newPassword).stream().findFirst().ifPresent(key -> {
            throw new UserChangeRefused("newPassword", key);
        });
        if (!newPassword.equals(repeated)) {
            throw new UserChangeRefused("repeatPassword", "password.own.mismatch");
        }
        if (encoder.matches(newPassword, hash)) {
            throw new UserChangeRefused("newPassword", "password.own.same");
        }
        jdbc.sql("update app_user set password_hash = ?, must_change_password = false where id = ?")
                .params(encoder.encode(newPassword), user.id()).update();
        accountChanges.changed(user.id());
        // only the fact, never the password or its hash
        audit.record(AuditEvent.of("WACHTWOORD_GEWIJZIGD", OBJECT_TYPE, user.id()).withDetails("door de gebruiker zelf"));
    }
}
