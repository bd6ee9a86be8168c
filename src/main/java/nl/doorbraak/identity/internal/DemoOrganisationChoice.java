package nl.doorbraak.identity.internal;

import java.util.List;

import nl.doorbraak.common.Role;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.organisation.OrganisationType;

/** Which of a region's organisations a demo account of a role plausibly works for. */
final class DemoOrganisationChoice {

    private DemoOrganisationChoice() {
    }

    static Long forRole(Role role, List<OrganisationSummary> organisations) {
        List<OrganisationType> preferred = switch (role) {
            case VERWIJZER, DEELNEMER -> List.of(OrganisationType.SCHOOL);
            case COORDINATOR -> List.of(OrganisationType.SWV_VO, OrganisationType.SWV_PO, OrganisationType.LEERPLICHT);
            case VOORZITTER -> List.of(OrganisationType.values());
            default -> List.of(OrganisationType.SWV_VO, OrganisationType.SWV_PO, OrganisationType.GEMEENTE,
                    OrganisationType.LEERPLICHT);
        };
        for (OrganisationType type : preferred) {
            for (OrganisationSummary organisation : organisations) {
                if (organisation.type() == type) {
                    return organisation.id();
                }
            }
        }
        return null;
    }
}
