package nl.doorbraak.region;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The validated werkwijzen of all regions, loaded at start; sorted by region name. */
public interface Werkwijzen {

    List<Werkwijze> all();

    Optional<Werkwijze> find(String slug);

    default Werkwijze get(String slug) {
        return find(slug).orElseThrow(() -> new NoSuchElementException("Onbekende regio: " + slug));
    }
}
