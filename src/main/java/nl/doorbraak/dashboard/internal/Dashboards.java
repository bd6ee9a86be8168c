package nl.doorbraak.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CoordinatorReach;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.TableDateStock;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard for a region's coordinators only: other roles are refused (403), a region that is not theirs does
 * not exist for them (404). A coordinator of a separate intake point counts and lists only the cases they see. The
 * numbers hold no personal data; opening a list of cases is audited.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(DashboardSettings.class)
public class Dashboards {

    public static final int PAGE_SIZE = 50;

    private final DashboardQueries queries;
    private final Werkwijzen werkwijzen;
    private final AuditLog audit;
    private final DashboardSettings settings;
    private final Clock clock;
    private final CoordinatorReach reach;
    private final TableDateStock tableDates;

    Dashboards(DashboardQueries queries, Werkwijzen werkwijzen, AuditLog audit, DashboardSettings settings, Clock clock,
            CoordinatorReach reach, TableDateStock tableDates) {
        this.tableDates = tableDates;
        this.reach = reach;
        this.queries = queries;
        this.werkwijzen = werkwijzen;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    public RegionDashboard numbers(CurrentUser user, String regionSlug) {
        String region = regionOf(user, regionSlug);
        List<RegionDashboard.RegionChoice> choices = user.regionSlugs().stream().sorted()
                .map(slug -> new RegionDashboard.RegionChoice(slug, nameOf(slug))).toList();
        return new RegionDashboard(region, nameOf(region), choices, queries.counts(region, reachOf(user, region), moments()),
                settings.stilNaDagen(), tableDates.tablesOutOfDates(region));
    }

    /**
     * For the start page: the numbers under "Aandacht nodig" of all the coordinator's regions added up, with the
     * dashboard's own count queries and need-to-know; numbers only, like the dashboard itself not audited.
     */
    public long attentionCount(CurrentUser coordinator) {
        ReportMoments at = moments();
        return coordinator.regionSlugs().stream().filter(slug -> werkwijzen.find(slug).isPresent())
                .mapToLong(region -> Arrays.stream(Signal.values()).filter(Signal::needsAttention)
                        .mapToLong(signal -> queries.count(signal, region, reachOf(coordinator, region), at)).sum())
                .sum();
    }

    @Transactional
    public SignalPage list(CurrentUser user, String regionSlug, Signal signal, int page) {
        String region = regionOf(user, regionSlug);
        audit.record(AuditEvent.of("CASUSLIJST_BEKEKEN", "CASUS", null).withActor(user.username())
                .withDetails("overzicht " + signal.slug() + " " + region));
        return queries.page(signal, region, reachOf(user, region), moments(), Math.max(page, 0), PAGE_SIZE);
    }

    /** An intake point's coordinator counts and lists only the cases they see. */
    private ReachFilter reachOf(CurrentUser user, String region) {
        return reach.intakeSectors(user, region).map(sectors -> new ReachFilter(sectors, user.id()))
                .orElse(ReachFilter.WHOLE_REGION);
    }

    public String regionName(String slug) {
        return nameOf(slug);
    }

    public int quietDays() {
        return settings.stilNaDagen();
    }

    /** The asked region when it is the coordinator's, the first of theirs when none is asked. */
    private static String regionOf(CurrentUser user, String regionSlug) {
        if (!user.hasRole(Role.COORDINATOR)) {
            throw new AccessDeniedException("coordinators only");
        }
        if (regionSlug == null || regionSlug.isBlank()) {
            return user.regionSlugs().stream().sorted().findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        if (!user.worksInRegion(regionSlug)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return regionSlug;
    }

    private ReportMoments moments() {
        return ReportMoments.of(LocalDate.ofInstant(clock.instant(), ReportMoments.ZONE), settings.stilNaDagen());
    }

    private String nameOf(String slug) {
        return werkwijzen.find(slug).map(Werkwijze::name).orElse(slug);
    }
}
