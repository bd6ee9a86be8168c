package nl.doorbraak.themes.internal;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.themes.Theme;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's coordinators maintain its list: add (the code follows from the name and never changes), rename,
 * deactivate and reactivate, move up or down. Nothing is deleted: a theme may be on cases and in past trends.
 * Each change is one audit row; a theme of another region answers 404 with a DENIED row.
 */
@Service
@Transactional(noRollbackFor = ThemesHidden.class)
public class ThemeMaintenance {

    static final String ADDED = "THEMA_TOEGEVOEGD";
    static final String CHANGED = "THEMA_GEWIJZIGD";

    private final ThemesAccess access;
    private final ThemeStore themes;
    private final AuditLog audit;

    ThemeMaintenance(ThemesAccess access, ThemeStore themes, AuditLog audit) {
        this.access = access;
        this.themes = themes;
        this.audit = audit;
    }

    /** Refuses (404, DENIED) anyone but the region's coordinators before a refused form is shown again. */
    public void mayAdd(CurrentUser user, String regionSlug, String tableCode) {
        access.managed(user, regionSlug, tableCode, ADDED);
    }

    /** Refuses (404, DENIED) anyone but the region's coordinators, and a theme of another region. */
    public Theme editable(CurrentUser user, String regionSlug, String tableCode, long themeId) {
        return ownTheme(user, regionSlug, tableCode, themeId);
    }

    /** The theme for its edit page, an audited read (THEMAS_BEKEKEN). */
    public Theme forEditing(CurrentUser user, String regionSlug, String tableCode, long themeId) {
        Theme theme = ownTheme(user, regionSlug, tableCode, themeId);
        audit.record(AuditEvent.of("THEMAS_BEKEKEN", "THEMA", theme.id()).withActor(user.username()));
        return theme;
    }

    /** @throws ThemeNameTaken when the region has a theme of that name */
    public Theme add(CurrentUser user, String regionSlug, String tableCode, String name) {
        ThemeTable table = access.managed(user, regionSlug, tableCode, ADDED);
        String clean = name.strip();
        if (themes.nameTaken(table.regionSlug(), clean, -1)) {
            throw new ThemeNameTaken(clean);
        }
        String code = ThemeCodes.derive(clean, c -> themes.codeTaken(table.regionSlug(), c));
        long id = themes.add(table.regionSlug(), code, clean);
        audit.record(AuditEvent.of(ADDED, "THEMA", id).withActor(user.username()).withDetails("code " + code));
        return themes.find(id).orElseThrow();
    }

    /** @throws ThemeNameTaken when another theme of the region has that name */
    public Theme rename(CurrentUser user, String regionSlug, String tableCode, long themeId, String name) {
        Theme theme = ownTheme(user, regionSlug, tableCode, themeId);
        String clean = name.strip();
        if (themes.nameTaken(theme.regionSlug(), clean, theme.id())) {
            throw new ThemeNameTaken(clean);
        }
        themes.rename(theme.id(), clean);
        audit.record(AuditEvent.of(CHANGED, "THEMA", theme.id()).withActor(user.username()).withDetails("naam gewijzigd"));
        return themes.find(theme.id()).orElseThrow();
    }

    public Theme setActive(CurrentUser user, String regionSlug, String tableCode, long themeId, boolean active) {
        Theme theme = ownTheme(user, regionSlug, tableCode, themeId);
        themes.setActive(theme.id(), active);
        audit.record(AuditEvent.of(CHANGED, "THEMA", theme.id()).withActor(user.username())
                .withDetails(active ? "weer in gebruik" : "niet meer in gebruik"));
        return themes.find(theme.id()).orElseThrow();
    }

    /** Moves an active theme one place up ({@code by} -1) or down (+1) among the active ones; renumbers the list. */
    public Theme move(CurrentUser user, String regionSlug, String tableCode, long themeId, int by) {
        Theme theme = ownTheme(user, regionSlug, tableCode, themeId);
        List<Theme> order = new ArrayList<>(themes.allOf(theme.regionSlug()).stream().filter(Theme::active).toList());
        int from = order.indexOf(theme);
        int to = from + Integer.signum(by);
        if (from >= 0 && to >= 0 && to < order.size()) {
            order.add(to, order.remove(from));
            List<Theme> rest = themes.allOf(theme.regionSlug()).stream().filter(t -> !t.active()).toList();
            order.addAll(rest);
            for (int i = 0; i < order.size(); i++) {
                themes.setPosition(order.get(i).id(), (i + 1) * 10);
            }
            audit.record(AuditEvent.of(CHANGED, "THEMA", theme.id()).withActor(user.username())
                    .withDetails(by < 0 ? "omhoog gezet" : "omlaag gezet"));
        }
        return theme;
    }

    private Theme ownTheme(CurrentUser user, String regionSlug, String tableCode, long themeId) {
        ThemeTable table = access.managed(user, regionSlug, tableCode, CHANGED);
        return themes.find(themeId).filter(t -> t.regionSlug().equals(table.regionSlug()))
                .orElseThrow(() -> access.hidden(user, "THEMA", themeId, CHANGED));
    }
}
