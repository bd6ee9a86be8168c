package nl.doorbraak.leertafel.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.doorbraak.common.DutchTime;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.themes.Theme;
import nl.doorbraak.themes.ThemeCatalog;
import nl.doorbraak.themes.ThemeTagging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The knelpunten of a leertafelcasus. Every tag counts in the region's trends, so a draft keeps its choice on the row
 * (draft_theme_ids) and only a submitted case is tagged, on the day it was submitted.
 */
@Component
class LeertafelCaseThemes {

    private final ThemeCatalog catalog;
    private final ThemeTagging tagging;
    private final JdbcClient jdbc;

    LeertafelCaseThemes(ThemeCatalog catalog, ThemeTagging tagging, JdbcClient jdbc) {
        this.catalog = catalog;
        this.tagging = tagging;
        this.jdbc = jdbc;
    }

    List<Theme> choices(String regionSlug) {
        return catalog.activeOf(regionSlug);
    }

    void keep(long caseId, String regionSlug, Set<Long> themeIds, boolean submitted, Instant at, CurrentUser by) {
        Set<Long> ofRegion = new LinkedHashSet<>(themeIds);
        ofRegion.retainAll(catalog.allOf(regionSlug).stream().map(Theme::id).toList());
        if (submitted) {
            jdbc.sql("update leertafel_case set draft_theme_ids = '{}' where id = ?").param(caseId).update();
            tagging.tagLeertafelCase(caseId, regionSlug, ofRegion, LocalDate.ofInstant(at, DutchTime.ZONE), by);
        } else {
            jdbc.sql("update leertafel_case set draft_theme_ids = ? where id = ?")
                    .params(ofRegion.toArray(Long[]::new), caseId).update();
        }
    }

    /** The themes of the case: its tags once submitted, the draft's choice before. */
    List<Theme> of(long caseId, String regionSlug, boolean submitted) {
        if (submitted) {
            return tagging.ofLeertafelCase(caseId);
        }
        Set<Long> chosen = ids(caseId);
        return catalog.allOf(regionSlug).stream().filter(t -> chosen.contains(t.id())).toList();
    }

    private Set<Long> ids(long caseId) {
        return jdbc.sql("select unnest(draft_theme_ids) from leertafel_case where id = ?").param(caseId)
                .query(Long.class).set();
    }
}
