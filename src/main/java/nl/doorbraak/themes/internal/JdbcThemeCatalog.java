package nl.doorbraak.themes.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.themes.Theme;
import nl.doorbraak.themes.ThemeCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The region's list as other modules read it. */
@Service
@Transactional(readOnly = true)
class JdbcThemeCatalog implements ThemeCatalog {

    private final ThemeStore store;

    JdbcThemeCatalog(ThemeStore store) {
        this.store = store;
    }

    @Override
    public List<Theme> activeOf(String regionSlug) {
        return store.allOf(regionSlug).stream().filter(Theme::active).toList();
    }

    @Override
    public List<Theme> allOf(String regionSlug) {
        return store.allOf(regionSlug);
    }

    @Override
    public Optional<Theme> find(long id) {
        return store.find(id);
    }
}
