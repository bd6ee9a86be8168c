package nl.doorbraak.dossier.internal;

import nl.doorbraak.dossier.DossierContent;

/** A saved dossier with the version a next save must name (optimistic locking). */
record StoredDossier(long caseId, DossierContent content, int version) {
}
