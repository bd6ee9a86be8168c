package nl.doorbraak.themes.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.doorbraak.themes.Theme;

/**
 * Which chosen themes may be tagged: the region's own, and active, or already on the case (a deactivated theme
 * stays on the cases that had it, but is not tagged anew). Anything else is ignored, not an error.
 */
final class TagChoice {

    private TagChoice() {
    }

    static Set<Long> allowed(Set<Long> chosen, List<Theme> regionThemes, List<Theme> current) {
        Set<Long> had = new LinkedHashSet<>();
        current.forEach(t -> had.add(t.id()));
        Set<Long> allowed = new LinkedHashSet<>();
        for (Theme theme : regionThemes) {
            if (chosen.contains(theme.id()) && (theme.active() || had.contains(theme.id()))) {
                allowed.add(theme.id());
            }
        }
        return allowed;
    }
}
