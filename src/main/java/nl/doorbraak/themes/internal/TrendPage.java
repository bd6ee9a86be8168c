package nl.doorbraak.themes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.themes.Quarter;
import nl.doorbraak.themes.ThemeTrends;
import nl.doorbraak.themes.TrendChart;
import nl.doorbraak.themes.TrendTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trends of a leertafel's region for the last quarters up to this one. Aggregates only, yet every read of
 * leertafel material is audited (TRENDS_BEKEKEN, also for the CSV download).
 */
@Service
@Transactional(noRollbackFor = ThemesHidden.class)
public class TrendPage {

    static final String ACTION = "TRENDS_BEKEKEN";

    private final ThemesAccess access;
    private final ThemeTrends trends;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    TrendPage(ThemesAccess access, ThemeTrends trends, AuditLog audit, MessageSource messages, Clock clock) {
        this.access = access;
        this.trends = trends;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public TrendView view(CurrentUser user, String regionSlug, String tableCode, int quarters, Locale locale) {
        ThemeTable table = access.table(user, regionSlug, tableCode, ACTION);
        int count = TrendView.CHOICES.contains(quarters) ? quarters : 8;
        TrendTable trendTable = read(user, table, count, "pagina");
        String title = messages.getMessage("themes.trends.chart.title", new Object[] {table.regionName()}, locale);
        String description = trendTable.empty()
                ? messages.getMessage("themes.trends.chart.descEmpty", null, locale)
                : messages.getMessage("themes.trends.chart.desc", new Object[] {trendTable.quarters().get(0).label(),
                        trendTable.quarters().get(count - 1).label(), trendTable.tagged().size()}, locale);
        TrendChart.Legend legend = new TrendChart.Legend(messages.getMessage("themes.trends.chart.legendExact", null, locale),
                messages.getMessage("themes.trends.chart.legendHidden", null, locale));
        return new TrendView(table, count, trendTable, TrendChart.svg(trendTable, title, description, legend));
    }

    public String csv(CurrentUser user, String regionSlug, String tableCode, int quarters) {
        ThemeTable table = access.table(user, regionSlug, tableCode, ACTION);
        int count = TrendView.CHOICES.contains(quarters) ? quarters : 8;
        return TrendCsv.of(read(user, table, count, "csv"));
    }

    private TrendTable read(CurrentUser user, ThemeTable table, int count, String how) {
        Quarter last = Quarter.of(LocalDate.now(clock.withZone(ThemeListPage.AMSTERDAM)));
        Quarter first = last.minus(count - 1);
        audit.record(AuditEvent.of(ACTION, "LEERTAFEL", table.regionSlug() + "/" + table.code())
                .withActor(user.username()).withDetails(how + ", " + first.label() + " t/m " + last.label()));
        return trends.quarterly(table.regionSlug(), YearMonth.from(first.firstDay()), YearMonth.from(last.firstDay()));
    }
}
