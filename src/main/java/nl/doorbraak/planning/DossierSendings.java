package nl.doorbraak.planning;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a case's dossier went out, for the meeting page; the dossier module answers (planning may not depend on it).
 */
public interface DossierSendings {

    /** When the dossier of the case was last sent, or empty when it never was. */
    Optional<Instant> sentAt(long caseId);
}
