package nl.doorbraak.verslag.internal;

import java.util.List;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.Agendas;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.Werkwijzen;
import nl.doorbraak.verslag.VerslagDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading frozen versions, always from their stored JSON and never from the live draft: the page, the PDF and a
 * case's list of verslagen. Every read is audited; who may not see the case gets a 404.
 */
@Service
@Transactional(noRollbackFor = CaseHidden.class)
public class VerslagVersionPages {

    private final FinalisingAccess access;
    private final VerslagVersionStore store;
    private final VerslagPdfRenderer pdf;
    private final CaseParticipation participation;
    private final Agendas agendas;
    private final Werkwijzen werkwijzen;

    VerslagVersionPages(FinalisingAccess access, VerslagVersionStore store, VerslagPdfRenderer pdf,
            CaseParticipation participation, Agendas agendas, Werkwijzen werkwijzen) {
        this.access = access;
        this.store = store;
        this.pdf = pdf;
        this.participation = participation;
        this.agendas = agendas;
        this.werkwijzen = werkwijzen;
    }

    public VerslagVersionView view(CurrentUser user, long agendaItemId, int version) {
        return view(user, agendaItemId, state -> version);
    }

    public VerslagVersionView latest(CurrentUser user, long agendaItemId) {
        return view(user, agendaItemId, VerslagVersionState::latestVersion);
    }

    private VerslagVersionView view(CurrentUser user, long agendaItemId,
            java.util.function.ToIntFunction<VerslagVersionState> which) {
        AgendaEntry entry = access.entry(agendaItemId);
        access.visibleCase(user, entry, "VERSLAG_BEKEKEN");
        VerslagVersionState state = state(agendaItemId);
        int version = which.applyAsInt(state);
        VerslagDocument document = document(state, agendaItemId, version);
        return new VerslagVersionView(agendaItemId, entry.caseId(), document, store.versions(state.id()),
                state.latestVersion(), entry.chairedBy(user.id()) && state.finalised(), !state.finalised(),
                entry.participants().stream().anyMatch(p -> !p.isUser()));
    }

    public byte[] pdf(CurrentUser user, long agendaItemId, int version) {
        AgendaEntry entry = access.entry(agendaItemId);
        access.visibleCase(user, entry, "VERSLAG_GEDOWNLOAD");
        return pdf.render(document(state(agendaItemId), agendaItemId, version));
    }

    public VerslagVersionOverview ofCase(CurrentUser user, long caseId) {
        participation.visible(user, caseId, "VERSLAGEN_BEKEKEN");
        List<VerslagVersionOverview.Meeting> meetings = agendas.entriesOfCase(caseId).stream().map(entry -> {
            VerslagVersionState state = store.state(entry.itemId()).orElse(null);
            return new VerslagVersionOverview.Meeting(entry.itemId(), entry.meetingStartsAt(), tableName(entry),
                    entry.cancelled(), state == null ? null : state.status(),
                    state == null ? List.of() : store.versions(state.id()), entry.chairedBy(user.id()));
        }).toList();
        return new VerslagVersionOverview(caseId, meetings);
    }

    private VerslagVersionState state(long agendaItemId) {
        return store.state(agendaItemId).orElseThrow(() -> new VerslagVersionNotFound(agendaItemId));
    }

    private VerslagDocument document(VerslagVersionState state, long agendaItemId, int version) {
        return store.version(state.id(), version).orElseThrow(() -> new VerslagVersionNotFound(agendaItemId));
    }

    private String tableName(AgendaEntry entry) {
        return werkwijzen.find(entry.regionSlug()).flatMap(w -> w.table(entry.tableCode())).map(MeetingTable::name)
                .orElse(entry.tableCode());
    }
}
