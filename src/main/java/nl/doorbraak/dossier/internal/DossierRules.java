package nl.doorbraak.dossier.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.dossier.DossierContent;

/** When a dossier may be prepared and when it is ready to send. Pure. */
final class DossierRules {

    private static final Set<CaseStatus> EDITABLE = EnumSet.of(CaseStatus.TOEGELATEN, CaseStatus.GEPLAND,
            CaseStatus.IN_UITVOERING);
    private static final Set<CaseStatus> SENDABLE = EnumSet.of(CaseStatus.GEPLAND, CaseStatus.IN_UITVOERING);

    private DossierRules() {
    }

    static boolean editableIn(CaseStatus status) {
        return EDITABLE.contains(status);
    }

    static boolean sendableIn(CaseStatus status) {
        return SENDABLE.contains(status);
    }

    /** The analysis over the six life domains is what the table needs first: without it there is nothing to send. */
    static boolean analysisEmpty(DossierContent c) {
        return Stream.of(c.homeSituation(), c.socialNetwork(), c.practicalAbility(), c.health(), c.policeJustice(),
                c.legalFramework()).allMatch(text -> text == null || text.isBlank());
    }

    static DossierContent empty() {
        return new DossierContent(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
