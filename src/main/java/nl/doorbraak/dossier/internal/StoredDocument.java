package nl.doorbraak.dossier.internal;

import java.time.Instant;

/** A document's metadata as stored; {@code fileName} is personal data and stays out of logs, URLs and audit rows. */
record StoredDocument(long id, long caseId, DocumentKind kind, String fileName, DocumentType type, long size,
        String sha256, long uploadedBy, Instant uploadedAt) {
}
