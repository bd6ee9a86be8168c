package nl.doorbraak.themes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.themes.Theme;
import nl.doorbraak.themes.ThemeTrends;
import nl.doorbraak.themes.TrendCount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list page: every opening is audited (THEMAS_BEKEKEN). The counts are the all-time totals of the trend table, so
 * a count here hides what the quarters hide and cannot be subtracted to reveal a small quarter.
 */
@Service
@Transactional(noRollbackFor = ThemesHidden.class)
public class ThemeListPage {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final ThemesAccess access;
    private final ThemeStore themes;
    private final TrendQuery query;
    private final ThemeTrends trends;
    private final AuditLog audit;
    private final Clock clock;

    ThemeListPage(ThemesAccess access, ThemeStore themes, TrendQuery query, ThemeTrends trends, AuditLog audit,
            Clock clock) {
        this.access = access;
        this.themes = themes;
        this.query = query;
        this.trends = trends;
        this.audit = audit;
        this.clock = clock;
    }

    public ThemeListView view(CurrentUser user, String regionSlug, String tableCode) {
        ThemeTable table = access.table(user, regionSlug, tableCode, "THEMAS_BEKEKEN");
        audit.record(AuditEvent.of("THEMAS_BEKEKEN", "LEERTAFEL", table.regionSlug() + "/" + table.code())
                .withActor(user.username()));
        Map<Long, TrendCount> counts = new HashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
        query.earliest(table.regionSlug()).ifPresent(first -> trends
                .quarterly(table.regionSlug(), YearMonth.from(first), YearMonth.from(today.isAfter(first) ? today : first))
                .rows().forEach(r -> counts.put(r.theme().id(), r.period().total())));
        List<Theme> all = themes.allOf(table.regionSlug());
        List<Theme> active = all.stream().filter(Theme::active).toList();
        List<ThemeListView.Row> rows = new ArrayList<>();
        for (Theme theme : all) {
            int index = active.indexOf(theme);
            rows.add(new ThemeListView.Row(theme, counts.getOrDefault(theme.id(), TrendCount.of(0)), index == 0,
                    index == active.size() - 1));
        }
        return new ThemeListView(table, rows);
    }
}
