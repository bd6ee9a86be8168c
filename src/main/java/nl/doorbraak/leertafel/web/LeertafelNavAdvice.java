package nl.doorbraak.leertafel.web;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.leertafel.internal.LeertafelHome;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page {@code leertafelNav}: the path ({@code /leertafels/{regio}/{tafel}}) of the first leertafel the
 * user reaches (member, chair, coordinator) or, for policy staff, the first of their region; null otherwise. The
 * navigation's leertafel lines (sessions, cases, themes, proposals) hang off it. Only users with one of those roles
 * cost a query.
 */
@ControllerAdvice
class LeertafelNavAdvice {

    private final LeertafelHome home;

    LeertafelNavAdvice(LeertafelHome home) {
        this.home = home;
    }

    @ModelAttribute("leertafelNav")
    String leertafelNav() {
        CurrentUser user = CurrentUsers.current().orElse(null);
        if (user == null || !(user.hasRole(Role.LEERTAFEL) || user.hasRole(Role.COORDINATOR)
                || user.hasRole(Role.VOORZITTER) || user.hasRole(Role.BELEID))) {
            return null;
        }
        return home.navigationPath(user);
    }
}
