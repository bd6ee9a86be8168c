package nl.doorbraak.dossier;

import java.util.Optional;

/** The dossier of a case for the verslag's prefill. No access check: the caller checked the case first. */
public interface Dossiers {

    Optional<DossierContent> of(long caseId);
}
