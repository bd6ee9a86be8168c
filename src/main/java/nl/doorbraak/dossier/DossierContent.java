package nl.doorbraak.dossier;

import java.time.Instant;

/**
 * The inbrenger's analysis of a case, as the verslag takes it over: the six life domains, the history, the
 * suggested approach (hindering factors, positive forces) and the expectations. {@code sentAt} is null until sent.
 */
public record DossierContent(String homeSituation, String socialNetwork, String practicalAbility, String health,
        String policeJustice, String legalFramework, String history, String hinderingFactors, String positiveForces,
        String expectationsOfParticipants, String expectationsOfYouthAndParents, Instant sentAt) {
}
