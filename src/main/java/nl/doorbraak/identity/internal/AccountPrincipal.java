package nl.doorbraak.identity.internal;

import java.util.Collection;

import nl.doorbraak.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's user, carrying the {@link CurrentUser} loaded at login. */
public final class AccountPrincipal extends User {

    private final CurrentUser currentUser;

    AccountPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled, boolean accountNonLocked,
            Collection<? extends GrantedAuthority> authorities) {
        super(currentUser.username(), passwordHash, enabled, true, true, accountNonLocked, authorities);
        this.currentUser = currentUser;
    }

    public CurrentUser currentUser() {
        return currentUser;
    }
}
