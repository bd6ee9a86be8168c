package nl.doorbraak.identity.internal;

import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's changes to users, each checked and audited in the same transaction. */
@Service
@Transactional
public class UserAdministration {

    private static final String OBJECT_TYPE = "GEBRUIKER";

    private final UserRepository users;
    private final UserDraftChecks checks;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final AccountChanges accountChanges;
    private final AccountRightsAudit rights;

    UserAdministration(UserRepository users, UserDraftChecks checks, PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder, AuditLog audit, AccountChanges accountChanges, AccountRightsAudit rights) {
        this.rights = rights;
        this.users = users;
        this.checks = checks;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.accountChanges = accountChanges;
    }

    @Transactional(readOnly = true)
    public Optional<EditableUser> find(long id) {
        return users.find(id);
    }

    public long create(UserDraft draft, String rawPassword) {
        checks.check(draft, 0);
        requireAcceptable(draft.username(), rawPassword);
        long id = users.insert(draft, passwordEncoder.encode(rawPassword));
        accountChanges.passwordSetByAdministrator(id);
        audit.record(AuditEvent.of("GEBRUIKER_AANGEMAAKT", OBJECT_TYPE, id).withDetails(draft.describe()));
        return id;
    }

    public void update(long id, int version, UserDraft draft) {
        if (isCurrentUser(id) && !draft.roles().contains(Role.BEHEERDER)) {
            throw new UserChangeRefused("roles", "user.self.keepBeheerder");
        }
        checks.check(draft, id);
        EditableUser before = users.find(id).orElseThrow(() -> new UserChangeRefused(null, "user.notFound"));
        if (!users.update(id, version, draft)) {
            throw new UserChangeRefused(null, "user.stale");
        }
        accountChanges.changed(id);
        audit.record(AuditEvent.of("GEBRUIKER_GEWIJZIGD", OBJECT_TYPE, id).withDetails(draft.describe()));
        rights.updated(id, before, draft);
    }

    public void setActive(long id, int version, boolean active) {
        if (isCurrentUser(id) && !active) {
            throw new UserChangeRefused(null, "user.self.noDeactivate");
        }
        if (!users.setActive(id, version, active)) {
            throw new UserChangeRefused(null, "user.stale");
        }
        accountChanges.changed(id);
        audit.record(AuditEvent.of(active ? "GEBRUIKER_GEACTIVEERD" : "GEBRUIKER_GEDEACTIVEERD", OBJECT_TYPE, id)
                .withDetails(users.find(id).map(AccountDetails::of).orElse(null)));
    }

    public void unlock(long id) {
        users.unlock(id);
        audit.record(AuditEvent.of("GEBRUIKER_ONTGRENDELD", OBJECT_TYPE, id));
    }

    public void changePassword(long id, String rawPassword) {
        EditableUser user = users.find(id).orElseThrow(() -> new UserChangeRefused(null, "user.notFound"));
        requireAcceptable(user.username(), rawPassword);
        users.setPasswordHash(id, passwordEncoder.encode(rawPassword));
        accountChanges.passwordSetByAdministrator(id);
        // Only the fact is logged, never the password or its hash.
        audit.record(AuditEvent.of("WACHTWOORD_GEWIJZIGD", OBJECT_TYPE, id).withDetails(AccountDetails.of(user)));
        rights.passwordSetByAdministrator(user);
    }

    private void requireAcceptable(String username, String rawPassword) {
        passwordPolicy.violations(username, rawPassword).stream().findFirst().ifPresent(key -> {
            throw new UserChangeRefused("password", key);
        });
    }

    private static boolean isCurrentUser(long id) {
        return CurrentUsers.current().map(CurrentUser::id).filter(current -> current == id).isPresent();
    }
}
