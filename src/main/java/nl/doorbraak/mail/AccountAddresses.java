package nl.doorbraak.mail;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Which mail addresses belong to an account of the app. The identity module implements it, so the outbox page can
 * tell a colleague's address (which the administrator manages anyway) from a parent's, without mail depending on
 * identity.
 */
public interface AccountAddresses {

    /** The given addresses that belong to an account, in lower case. */
    Set<String> accountsAmong(Collection<String> addresses);

    /** The id of the active account with this address, if there is one. */
    default Optional<Long> activeAccountOf(String address) {
        return Optional.empty();
    }

    /** Knows no accounts: every recipient counts as outside the app. */
    AccountAddresses NONE = addresses -> Set.of();
}
