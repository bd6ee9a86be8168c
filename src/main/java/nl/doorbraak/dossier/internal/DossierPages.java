package nl.doorbraak.dossier.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.AgendaPerson;
import nl.doorbraak.planning.Agendas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dossier as one user may see it; every opening is an audited read of the case (DOSSIER_BEKEKEN). */
@Service
@Transactional(noRollbackFor = CaseHidden.class)
public class DossierPages {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final CaseParticipation cases;
    private final DossierGate gate;
    private final DossierRepository dossiers;
    private final Agendas agendas;
    private final UserDirectory users;
    private final DossierDocuments documents;

    DossierPages(CaseParticipation cases, DossierGate gate, DossierRepository dossiers, Agendas agendas,
            UserDirectory users, DossierDocuments documents) {
        this.documents = documents;
        this.cases = cases;
        this.gate = gate;
        this.dossiers = dossiers;
        this.agendas = agendas;
        this.users = users;
    }

    /** @throws CaseHidden when the user may not see the case */
    public DossierView view(CurrentUser user, long caseId) {
        CaseSummary summary = cases.visible(user, caseId, "DOSSIER_BEKEKEN");
        StoredDossier stored = dossiers.find(caseId)
                .orElse(new StoredDossier(caseId, DossierRules.empty(), 0));
        List<AgendaEntry> planned = agendas.entriesOfCase(caseId).stream().filter(e -> !e.cancelled()).toList();
        List<Receipt> receipts = dossiers.receipts(caseId);
        return new DossierView(summary, stored.content(), stored.version(), gate.mayEdit(user, summary),
                local(stored.content().sentAt()), !planned.isEmpty(), seats(planned, receipts), sendings(receipts),
                documents.rows(caseId), DocumentRow.sizeText(documents.maxBytes()));
    }

    private static List<DossierView.Seat> seats(List<AgendaEntry> planned, List<Receipt> receipts) {
        Map<Long, Instant> current = receipts.stream().filter(Receipt::current)
                .collect(Collectors.toMap(Receipt::userId, Receipt::sentAt, (a, b) -> b));
        return planned.stream().flatMap(entry -> entry.participants().stream())
                .collect(Collectors.toMap(DossierPages::seatKey, p -> p, (a, b) -> a, LinkedHashMap::new))
                .values().stream()
                .map(p -> new DossierView.Seat(p.name(), p.role(), p.isUser(),
                        p.isUser() ? local(current.get(p.userId())) : null))
                .toList();
    }

    /** A user sits once however many planned meetings discuss the case; external people are listed per row. */
    private static String seatKey(AgendaPerson person) {
        return person.isUser() ? "user-" + person.userId() : "person-" + person.id();
    }

    private List<DossierView.Sending> sendings(List<Receipt> receipts) {
        return receipts.stream().map(r -> new DossierView.Sending(
                users.find(r.userId()).map(UserContact::displayName).orElse("?"), local(r.sentAt()),
                local(r.accessEndedAt()))).toList();
    }

    static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZONE);
    }
}
