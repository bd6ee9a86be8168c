package nl.doorbraak.dossier.internal;

import java.time.Clock;
import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents in the dossier: the inbrenger and the region's coordinators add and remove them (the same rule as for
 * the dossier's texts), everyone who may see the dossier downloads them, so they go along when the dossier is sent.
 * Every upload, download and removal is one audit row, SUCCESS or DENIED with the reason; rows name the document's
 * id, never its file name.
 */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, DossierRefused.class, DocumentRefused.class, DocumentNotFound.class})
public class DossierDocuments {

    static final String ADDED = "DOSSIER_DOCUMENT_TOEGEVOEGD";
    static final String DOWNLOADED = "DOSSIER_DOCUMENT_GEDOWNLOAD";
    static final String REMOVED = "DOSSIER_DOCUMENT_VERWIJDERD";
    private static final String OBJECT = "DOSSIER_DOCUMENT";

    private final DossierGate gate;
    private final CaseParticipation cases;
    private final DocumentRepository documents;
    private final DocumentStore store;
    private final DocumentChecks checks;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Clock clock;

    DossierDocuments(DossierGate gate, CaseParticipation cases, DocumentRepository documents, DocumentStore store,
            DocumentSettings settings, DocumentTypes types, VirusScanner scanner, UserDirectory users, AuditLog audit,
            Clock clock) {
        this.gate = gate;
        this.cases = cases;
        this.documents = documents;
        this.store = store;
        this.checks = new DocumentChecks(settings.maxGrootte().toBytes(), types, scanner);
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds a document; returns its id.
     *
     * @throws DossierRefused when the user may not change the dossier now
     * @throws DocumentRefused when the file is not taken (no kind, no file, too large, wrong type, infected, no scan)
     */
    public long upload(CurrentUser user, long caseId, DocumentUpload upload) {
        gate.editable(user, caseId, ADDED);
        DocumentChecks.Accepted accepted;
        try {
            accepted = checks.check(upload);
        } catch (DocumentRefused refused) {
            audit.record(event(ADDED, caseId, null, user).withOutcome(AuditOutcome.DENIED).withDetails(refused.reason()));
            throw refused;
        }
        long id = documents.insert(caseId, accepted.kind(), accepted.fileName(), accepted.type(),
                accepted.content().length, accepted.sha256(), user.id(), clock.instant());
        store.put(id, accepted.content());
        audit.record(event(ADDED, caseId, id, user).withDetails("document " + id + ", " + accepted.kind() + ", "
                + accepted.type() + ", " + accepted.content().length + " bytes, sha256 " + accepted.sha256()));
        return id;
    }

    /**
     * @throws CaseHidden when the user may not see the case (one DENIED row)
     * @throws DocumentNotFound when the case has no such document (one DENIED row)
     */
    public DocumentDownload download(CurrentUser user, long caseId, long documentId) {
        cases.visibleForChange(user, caseId, DOWNLOADED);
        StoredDocument document = existing(user, caseId, documentId, DOWNLOADED);
        byte[] content = store.get(documentId).orElseThrow(() -> new IllegalStateException(
                "The content of document " + documentId + " is missing"));
        audit.record(event(DOWNLOADED, caseId, documentId, user).withDetails("document " + documentId + ", "
                + document.kind()));
        return new DocumentDownload(document.fileName(), document.type(), content);
    }

    /**
     * @throws DossierRefused when the user may not change the dossier now
     * @throws DocumentNotFound when the case has no such document
     */
    public void remove(CurrentUser user, long caseId, long documentId) {
        gate.editable(user, caseId, REMOVED);
        StoredDocument document = existing(user, caseId, documentId, REMOVED);
        documents.delete(documentId);
        store.delete(documentId);
        audit.record(event(REMOVED, caseId, documentId, user).withDetails("document " + documentId + ", "
                + document.kind() + ", sha256 " + document.sha256()));
    }

    /** The documents of a case for a page the caller audited already. */
    List<DocumentRow> rows(long caseId) {
        return documents.ofCase(caseId).stream().map(d -> new DocumentRow(d.id(), d.kind(), d.fileName(), d.type(),
                d.size(), users.find(d.uploadedBy()).map(UserContact::displayName).orElse("?"),
                DossierPages.local(d.uploadedAt()))).toList();
    }

    long maxBytes() {
        return checks.maxBytes();
    }

    private StoredDocument existing(CurrentUser user, long caseId, long documentId, String action) {
        return documents.find(caseId, documentId).orElseThrow(() -> {
            audit.record(event(action, caseId, documentId, user).withOutcome(AuditOutcome.DENIED)
                    .withDetails("geweigerd: document " + documentId + " hoort niet bij dit dossier"));
            return new DocumentNotFound(documentId);
        });
    }

    private static AuditEvent event(String action, long caseId, Long documentId, CurrentUser user) {
        AuditEvent event = documentId == null ? AuditEvent.of(action, "DOSSIER", caseId)
                : AuditEvent.of(action, OBJECT, documentId);
        return event.withSubject("casus:" + caseId).withActor(user.username());
    }
}
