package nl.doorbraak.themes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.themes.Theme;
import nl.doorbraak.themes.ThemeTagging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The knelpunten of anonymous leertafel cases; the leertafel module decides who may tag, this records and audits it. */
@Service
@Transactional
class LeertafelCaseTagging implements ThemeTagging {

    private final ThemeStore themes;
    private final TagStore tags;
    private final AuditLog audit;
    private final Clock clock;

    LeertafelCaseTagging(ThemeStore themes, TagStore tags, AuditLog audit, Clock clock) {
        this.themes = themes;
        this.tags = tags;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void tagLeertafelCase(long leertafelCaseId, String regionSlug, Set<Long> themeIds, LocalDate occurredOn,
            CurrentUser by) {
        List<Theme> current = tags.themesOf(TagStore.Source.LEERTAFEL_CASE, leertafelCaseId);
        Set<Long> allowed = TagChoice.allowed(themeIds, themes.allOf(regionSlug), current);
        tags.replace(TagStore.Source.LEERTAFEL_CASE, leertafelCaseId, allowed, occurredOn, by.id(), clock.instant());
        audit.record(AuditEvent.of("KNELPUNTEN_GEWIJZIGD", "LEERTAFELCASUS", leertafelCaseId)
                .withActor(by.username()).withDetails(allowed.size() + " knelpunten"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Theme> ofLeertafelCase(long leertafelCaseId) {
        return tags.themesOf(TagStore.Source.LEERTAFEL_CASE, leertafelCaseId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Theme> ofCase(long caseId) {
        return tags.themesOf(TagStore.Source.CASE, caseId);
    }
}
