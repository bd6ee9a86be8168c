package nl.doorbraak.dossier.internal;

import java.time.Instant;
import java.util.Optional;

import nl.doorbraak.dossier.DossierContent;
import nl.doorbraak.dossier.Dossiers;
import nl.doorbraak.planning.DossierSendings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dossier for the verslag's prefill and the meeting page; callers checked the case first. */
@Service
@Transactional(readOnly = true)
class DossierReader implements Dossiers, DossierSendings {

    private final DossierRepository dossiers;

    DossierReader(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public Optional<DossierContent> of(long caseId) {
        return dossiers.find(caseId).map(StoredDossier::content);
    }

    @Override
    public Optional<Instant> sentAt(long caseId) {
        return of(caseId).map(DossierContent::sentAt);
    }
}
