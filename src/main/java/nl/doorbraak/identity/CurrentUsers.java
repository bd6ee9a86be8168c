package nl.doorbraak.identity;

import java.util.Optional;

import nl.doorbraak.identity.internal.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Gives the {@link CurrentUser} of the request being handled. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    /** The logged-in user, or empty for an anonymous request or outside a request. */
    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.currentUser());
        }
        return Optional.empty();
    }

    /** The logged-in user; for code that only runs behind login. */
    public static CurrentUser get() {
        return current().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }
}
