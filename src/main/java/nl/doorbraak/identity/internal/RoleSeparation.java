package nl.doorbraak.identity.internal;

import java.util.Set;

import nl.doorbraak.common.Role;

/**
 * The administrator holds no other role. The roles that read cases (VERWIJZER, COORDINATOR, VOORZITTER, DEELNEMER:
 * see {@code CaseAccess}) would give the one who manages accounts the children's data; PRIVACY would let the one who
 * configures check their own work. LEERTAFEL and BELEID see no case content today, but an allow-list of none keeps the
 * rule safe when a role starts reading more or a new role is added. Someone with two jobs gets two accounts, and the
 * privacy officer sees who granted the second. The database enforces the same rule (V22, user_role_beheerder_alone).
 */
final class RoleSeparation {

    private RoleSeparation() {
    }

    static boolean allowed(Set<Role> roles) {
        return !roles.contains(Role.BEHEERDER) || roles.size() == 1;
    }
}
