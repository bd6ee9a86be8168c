package nl.doorbraak.proposals.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.themes.ThemeTrends;
import nl.doorbraak.themes.TrendChart;
import nl.doorbraak.themes.TrendTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leertafel-opbrengst of a period for everyone who reads the proposals; each read and download is audited. */
@Service
@Transactional(noRollbackFor = ProposalHidden.class)
public class OpbrengstService {

    static final String VIEWED = "OPBRENGST_BEKEKEN";
    static final String DOWNLOADED = "OPBRENGST_GEDOWNLOAD";

    private final ProposalAccess access;
    private final ProposalRepository proposals;
    private final ProposalService service;
    private final ThemeTrends trends;
    private final AuditLog audit;
    private final MessageSource messages;

    OpbrengstService(ProposalAccess access, ProposalRepository proposals, ProposalService service, ThemeTrends trends,
            AuditLog audit, MessageSource messages) {
        this.audit = audit;
        this.access = access;
        this.proposals = proposals;
        this.service = service;
        this.trends = trends;
        this.messages = messages;
    }

    public Opbrengst page(CurrentUser user, String regionSlug, String tableCode, OpbrengstPeriod period) {
        return of(user, regionSlug, tableCode, period, VIEWED);
    }

    public Opbrengst download(CurrentUser user, String regionSlug, String tableCode, OpbrengstPeriod period) {
        return of(user, regionSlug, tableCode, period, DOWNLOADED);
    }

    private Opbrengst of(CurrentUser user, String regionSlug, String tableCode, OpbrengstPeriod period,
            String action) {
        LeertafelRef table = access.readable(user, regionSlug, tableCode, action);
        TrendTable trendTable = trends.quarterly(regionSlug, period.from(), period.to());
        List<Opbrengst.Item> items = service.withThemes(table,
                proposals.decidedBetween(table, period.firstDay(), period.lastDay())).stream()
                .map(row -> item(row, period)).toList();
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        items.forEach(i -> counts.merge(i.proposal().status(), 1L, Long::sum));
        audit(user, table, period, action, items.size());
        return new Opbrengst(table, period, trendTable, TrendChart.svg(trendTable,
                text("proposals.opbrengst.chart.title", table.name()),
                text("proposals.opbrengst.chart.description")), items, counts);
    }

    private Opbrengst.Item item(ProposalRow row, OpbrengstPeriod period) {
        List<DecisionRow> inPeriod = proposals.decisions(row.id()).stream()
                .filter(d -> !d.decidedOn().isBefore(period.firstDay()) && !d.decidedOn().isAfter(period.lastDay()))
                .toList();
        String description = proposals.find(row.id()).map(StoredProposal::description).orElse("");
        return new Opbrengst.Item(row, description, proposals.organisations(row.id()), inPeriod);
    }

    private void audit(CurrentUser user, LeertafelRef table, OpbrengstPeriod period, String action, int proposalCount) {
        audit.record(AuditEvent.of(action, "LEERTAFEL", table.regionSlug() + "/" + table.code())
                .withActor(user.username())
                .withDetails("periode " + period.from() + " t/m " + period.to() + "; voorstellen: " + proposalCount));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, java.util.Locale.forLanguageTag("nl"));
    }
}
