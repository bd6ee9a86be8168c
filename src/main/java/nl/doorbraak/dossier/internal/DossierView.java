package nl.doorbraak.dossier.internal;

import java.time.LocalDateTime;
import java.util.List;

import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.dossier.DossierContent;

/**
 * The dossier page: the case it is about, the texts and their version, whether this user may change and send it,
 * whether the case is on a planned table, who sits there (and whether they can get it), every sending, and the
 * documents that go along with the dossier (with the largest size an upload may have).
 * Times are Europe/Amsterdam wall-clock times.
 */
public record DossierView(CaseSummary summary, DossierContent content, int version, boolean mayEdit,
        LocalDateTime sentAt, boolean onAgenda, List<Seat> seats, List<Sending> sendings, List<DocumentRow> documents,
        String maxDocumentSize) {

    public DossierView {
        seats = List.copyOf(seats);
        sendings = List.copyOf(sendings);
        documents = List.copyOf(documents);
    }

    /** The kinds a document can be, in the order the upload form offers them. */
    public List<DocumentKind> documentKinds() {
        return List.of(DocumentKind.values());
    }

    /** Someone at a planned table for the case; {@code receivedAt} is null when they do not have the dossier now. */
    public record Seat(String name, String role, boolean hasAccount, LocalDateTime receivedAt) {

        public boolean inbrenger() {
            return "INBRENGER".equals(role);
        }
    }

    /** One user who got the dossier, when, and when their access ended (null while they take part). */
    public record Sending(String name, LocalDateTime sentAt, LocalDateTime accessEndedAt) {
    }
}
