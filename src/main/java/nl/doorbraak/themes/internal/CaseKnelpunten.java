package nl.doorbraak.themes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.themes.Theme;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tagging one of the region's own cases: its coordinators or the chair of a meeting about it, from the verslag on or
 * at closure. Others who may see the case, and everyone who may not, get 404 with a DENIED row (casefile writes that
 * row for those who may not see it). The tags count on the closure date, else the latest verslag, else today.
 */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, ThemesHidden.class})
public class CaseKnelpunten {

    static final String READ = "KNELPUNTEN_BEKEKEN";
    static final String CHANGE = "KNELPUNTEN_GEWIJZIGD";

    private final CaseParticipation cases;
    private final CaseMoments moments;
    private final ThemeStore themes;
    private final TagStore tags;
    private final AuditLog audit;
    private final Clock clock;

    CaseKnelpunten(CaseParticipation cases, CaseMoments moments, ThemeStore themes, TagStore tags, AuditLog audit,
            Clock clock) {
        this.cases = cases;
        this.moments = moments;
        this.themes = themes;
        this.tags = tags;
        this.audit = audit;
        this.clock = clock;
    }

    public CaseKnelpuntenView view(CurrentUser user, long caseId) {
        CaseSummary summary = mayTag(user, caseId, READ);
        audit.record(event(READ, user, caseId));
        return build(summary);
    }

    /** @return how many knelpunten the case has now */
    public int save(CurrentUser user, long caseId, Set<Long> themeIds) {
        CaseSummary summary = mayTag(user, caseId, CHANGE);
        CaseKnelpuntenView view = build(summary);
        if (!view.open()) {
            throw refuse(user, caseId, CHANGE, "nog geen verslag of afsluiting");
        }
        Set<Long> allowed = TagChoice.allowed(themeIds, view.choices(), tags.themesOf(TagStore.Source.CASE, caseId));
        tags.replace(TagStore.Source.CASE, caseId, allowed, view.occurredOn(), user.id(), clock.instant());
        audit.record(event(CHANGE, user, caseId).withDetails(allowed.size() + " knelpunten, "
                + allowed.stream().map(String::valueOf).collect(Collectors.joining(",", "thema's ", ""))));
        return allowed.size();
    }

    private CaseKnelpuntenView build(CaseSummary summary) {
        long caseId = summary.id();
        List<Theme> current = tags.themesOf(TagStore.Source.CASE, caseId);
        Set<Long> tagged = new LinkedHashSet<>();
        current.forEach(t -> tagged.add(t.id()));
        List<Theme> choices = themes.allOf(summary.regionSlug()).stream()
                .filter(t -> t.active() || tagged.contains(t.id())).toList();
        boolean closed = summary.status() == CaseStatus.AFGESLOTEN;
        LocalDate verslag = moments.latestVerslagOn(caseId).orElse(null);
        LocalDate on = closed ? moments.closedOn(caseId).orElse(verslag) : verslag;
        return new CaseKnelpuntenView(caseId, closed, closed || verslag != null,
                on != null ? on : LocalDate.now(clock.withZone(ThemeListPage.AMSTERDAM)), choices, tagged);
    }

    private CaseSummary mayTag(CurrentUser user, long caseId, String action) {
        CaseSummary summary = cases.visibleForChange(user, caseId, action);
        boolean coordinator = user.hasRole(Role.COORDINATOR) && user.worksInRegion(summary.regionSlug());
        boolean chair = user.hasRole(Role.VOORZITTER) && moments.chairs(user.id(), caseId);
        if (!coordinator && !chair) {
            throw refuse(user, caseId, action, "geen coördinator of voorzitter van deze casus");
        }
        return summary;
    }

    private ThemesHidden refuse(CurrentUser user, long caseId, String action, String reason) {
        audit.record(event(action, user, caseId).withOutcome(AuditOutcome.DENIED).withDetails("geweigerd: " + reason));
        return new ThemesHidden("Casus " + caseId);
    }

    private static AuditEvent event(String action, CurrentUser user, long caseId) {
        return AuditEvent.of(action, "CASUS", caseId).withSubject("casus:" + caseId).withActor(user.username());
    }
}
