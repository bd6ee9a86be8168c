package nl.doorbraak.verslag.internal;

import java.time.Clock;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.AgendaEntry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair reopens a finalised verslag to correct it, saying why. The frozen versions stay as they are; the next
 * finalising writes a new version carrying the reason.
 */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, AccessDeniedException.class, FinalisingRefused.class,
        VerslagVersionNotFound.class})
public class CorrectionService {

    private static final String ACTION = "VERSLAG_CORRIGEREN";

    private final FinalisingAccess access;
    private final VerslagVersionStore store;
    private final AuditLog audit;
    private final Clock clock;

    CorrectionService(FinalisingAccess access, VerslagVersionStore store, AuditLog audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public void reopen(CurrentUser chair, long agendaItemId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A correction needs a reason");
        }
        AgendaEntry entry = access.entry(agendaItemId);
        access.chairedCase(chair, entry, ACTION);
        VerslagVersionState state = store.state(agendaItemId).orElse(null);
        if (state == null) {
            access.refuse(chair, entry, ACTION, "verslagversie.refused.notFinalised");
            throw new VerslagVersionNotFound(agendaItemId);
        }
        if (!store.reopen(agendaItemId, reason.strip(), chair.id(), clock.instant())) {
            access.refuse(chair, entry, ACTION, "verslagversie.refused.notFinalised");
            throw new FinalisingRefused("verslagversie.refused.notFinalised");
        }
        audit.record(AuditEvent.of("VERSLAG_CORRECTIE_GESTART", "VERSLAG", state.id())
                .withSubject("casus:" + entry.caseId()).withActor(chair.username())
                .withDetails("na versie " + state.latestVersion()));
    }
}
