package nl.doorbraak.themes;

import java.util.List;
import java.util.Optional;

/** The region's list of knelpunten and themes, in the order its coordinators gave them. */
public interface ThemeCatalog {

    /** The themes that can be tagged now. */
    List<Theme> activeOf(String regionSlug);

    /** Every theme, also the deactivated ones (for showing old tags and trends). */
    List<Theme> allOf(String regionSlug);

    Optional<Theme> find(long id);
}
