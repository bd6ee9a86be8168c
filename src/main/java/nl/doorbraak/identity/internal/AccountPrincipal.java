package nl.doorbraak.identity.internal;

import java.io.Serial;
import java.util.Collection;

import nl.doorbraak.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Spring Security's user, carrying the {@link CurrentUser} as it was loaded, the account's security stamp of that
 * moment (a session whose stamp no longer matches the database ends) and whether the password must be changed.
 */
public final class AccountPrincipal extends User {

    /** Sessions are stored serialized in PostgreSQL: keep this when the fields stay compatible. */
    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser currentUser;
    private final long securityStamp;
    private final boolean mustChangePassword;

    AccountPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled, boolean accountNonLocked,
            Collection<? extends GrantedAuthority> authorities, long securityStamp, boolean mustChangePassword) {
        super(currentUser.username(), passwordHash, enabled, true, true, accountNonLocked, authorities);
        this.currentUser = currentUser;
        this.securityStamp = securityStamp;
        this.mustChangePassword = mustChangePassword;
    }

    public CurrentUser currentUser() {
        return currentUser;
    }

    long securityStamp() {
        return securityStamp;
    }

    /** A password the administrator set: the user may do nothing but choose their own (or log out). */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}
