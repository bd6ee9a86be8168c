package nl.doorbraak.identity.internal;

import java.util.Set;
import java.util.TreeSet;

import nl.doorbraak.common.Role;

/**
 * The start of every account event's audit details: {@code gebruikersnaam=...; rollen=[...]}. The privacy officer's
 * page "Toegekende rechten" reads these two keys (the first occurrence of each), so they come before anything the
 * administrator types freely, such as a name: a typed text can then not pass for other roles.
 */
final class AccountDetails {

    private AccountDetails() {
    }

    static String of(String username, Set<Role> roles) {
        return "gebruikersnaam=" + username + "; rollen=" + roles(roles);
    }

    static String of(EditableUser user) {
        return of(user.username(), user.roles());
    }

    static String roles(Set<Role> roles) {
        return new TreeSet<>(roles).toString();
    }
}
