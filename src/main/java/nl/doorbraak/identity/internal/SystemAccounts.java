package nl.doorbraak.identity.internal;

import java.util.Set;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.common.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Accounts the application creates itself at start (demo accounts, the first administrator), audited as "systeem". */
@Component
@Transactional
class SystemAccounts implements AdminBootstrap.Accounts {

    private static final String SYSTEM = "systeem";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    SystemAccounts(UserRepository users, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Override
    public boolean anyUser() {
        return users.anyUser();
    }

    @Override
    public void createAdministrator(String username, String rawPassword) {
        UserDraft draft = new UserDraft(username, "Beheerder", username + "@doorbraak.invalid", null,
                Set.of(), Set.of(Role.BEHEERDER));
        create(draft, hash(rawPassword), "eerste beheerder uit DOORBRAAK_ADMIN_PASSWORD");
    }

    boolean exists(UserDraft draft) {
        return users.usernameTaken(draft.username(), 0) || users.emailTaken(draft.email(), 0);
    }

    String hash(String rawPassword) {
        return passwordEncoder.encode(rawPassword);
    }

    void create(UserDraft draft, String passwordHash, String reason) {
        long id = users.insert(draft, passwordHash);
        audit.record(AuditEvent.of("GEBRUIKER_AANGEMAAKT", "GEBRUIKER", id).withActor(SYSTEM)
                .withDetails(reason + "; " + draft.describe()));
    }
}
