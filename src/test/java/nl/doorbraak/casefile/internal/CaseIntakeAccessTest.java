package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.organisation.Sector;
import org.junit.jupiter.api.Test;

/** Zuidoost Utrecht's three intake points (PO, VO, lokaal team), as pure rules: who sees and decides on which case. */
class CaseIntakeAccessTest {

    static final String ZOU = "zuidoost-utrecht";
    static final long SWV_PO = 101;
    static final long SWV_VO = 102;
    static final long GEMEENTEN = 103;
    static final long LEERPLICHT = 104;
    static final IntakePoints POINTS = IntakePoints.of(
            Map.of("swv-po-zout", Set.of(Sector.PO), "swv-vo-zou", Set.of(Sector.VO), "gemeenten-zou", Set.of(Sector.ZORG_LOKAAL)),
            List.of(organisation(SWV_PO, "swv-po-zout", OrganisationType.SWV_PO),
                    organisation(SWV_VO, "swv-vo-zou", OrganisationType.SWV_VO),
                    organisation(GEMEENTEN, "gemeenten-zou", OrganisationType.GEMEENTE),
                    organisation(LEERPLICHT, "leerplicht-zou", OrganisationType.LEERPLICHT)));

    static CurrentUser coordinator(long id, Long organisationId) {
        return new CurrentUser(id, "c" + id, "C " + id, organisationId, Set.of(ZOU), Set.of(Role.COORDINATOR));
    }

    static CaseFacts zouCase(Sector sector, CaseStatus status) {
        return new CaseFacts(1, ZOU, status, 10, Set.of(10L)).withSector(sector).withIntakePoints(POINTS);
    }

    static OrganisationSummary organisation(long id, String code, OrganisationType type) {
        return new OrganisationSummary(id, ZOU, code, code, type, null, null, null, true, true);
    }

    @Test
    void anIntakeCoordinatorSeesTheCasesOfTheirIntakePointOnly() {
        CurrentUser po = coordinator(20, SWV_PO);
        assertThat(CaseAccess.maySee(po, zouCase(Sector.PO, CaseStatus.AANGEMELD))).isTrue();
        assertThat(CaseAccess.maySee(po, zouCase(Sector.VO, CaseStatus.AANGEMELD))).isFalse();
        assertThat(CaseAccess.maySee(po, zouCase(Sector.ZORG_LOKAAL, CaseStatus.AANGEMELD))).isFalse();
        assertThat(CaseAccess.maySee(po, zouCase(Sector.LEERPLICHT, CaseStatus.AANGEMELD)))
                .as("a sector no intake point takes in").isFalse();
        assertThat(CaseAccess.maySee(coordinator(21, GEMEENTEN), zouCase(Sector.ZORG_LOKAAL, CaseStatus.AANGEMELD))).isTrue();
    }

    @Test
    void theRegionsOverallCoordinatorsSeeEveryCase() {
        for (Sector sector : Sector.values()) {
            assertThat(CaseAccess.maySee(coordinator(30, null), zouCase(sector, CaseStatus.AANGEMELD))).as("no organisation").isTrue();
            assertThat(CaseAccess.maySee(coordinator(31, LEERPLICHT), zouCase(sector, CaseStatus.AANGEMELD)))
                    .as("an organisation without an intake point").isTrue();
        }
    }

    @Test
    void aCaseAssignedToAnIntakeCoordinatorIsTheirsToo() {
        CaseFacts vo = zouCase(Sector.VO, CaseStatus.TOEGELATEN).withAssignedCoordinator(20L);
        assertThat(CaseAccess.maySee(coordinator(20, SWV_PO), vo)).isTrue();
        assertThat(CaseAccess.mayPlan(coordinator(20, SWV_PO), vo)).isTrue();
        assertThat(CaseAccess.maySee(coordinator(22, SWV_PO), vo)).as("another PO coordinator").isFalse();
    }

    @Test
    void anIntakeCoordinatorDecidesNothingOnAnotherIntakePointsCase() {
        CurrentUser po = coordinator(20, SWV_PO);
        assertThat(CaseAccess.mayTriage(po, zouCase(Sector.VO, CaseStatus.AANGEMELD))).isFalse();
        assertThat(CaseAccess.mayPlan(po, zouCase(Sector.VO, CaseStatus.TOEGELATEN))).isFalse();
        assertThat(CaseAccess.mayPlanFollowUp(po, zouCase(Sector.VO, CaseStatus.IN_UITVOERING))).isFalse();
        assertThat(CaseAccess.mayClose(po, zouCase(Sector.VO, CaseStatus.IN_UITVOERING), Set.of())).isFalse();
        assertThat(CaseAccess.mayReopen(po, zouCase(Sector.VO, CaseStatus.AFGESLOTEN))).isFalse();
        assertThat(CaseAccess.mayWithdrawConsent(po, zouCase(Sector.VO, CaseStatus.AANGEMELD))).isFalse();
        assertThat(CaseAccess.mayAssign(po, zouCase(Sector.VO, CaseStatus.AANGEMELD))).isFalse();
        assertThat(CaseAccess.mayTriage(po, zouCase(Sector.PO, CaseStatus.AANGEMELD))).isTrue();
        assertThat(CaseAccess.mayAssign(po, zouCase(Sector.PO, CaseStatus.AANGEMELD))).isTrue();
    }

    @Test
    void nobodyAssignsADraftOrAnEndedCase() {
        assertThat(CaseAccess.mayAssign(coordinator(30, null), zouCase(Sector.PO, CaseStatus.CONCEPT))).isFalse();
        assertThat(CaseAccess.mayAssign(coordinator(30, null), zouCase(Sector.PO, CaseStatus.AFGESLOTEN))).isFalse();
        assertThat(CaseAccess.mayAssign(coordinator(30, null), zouCase(Sector.PO, CaseStatus.GEPLAND))).isTrue();
    }

    @Test
    void aRegionWithoutSeparateIntakePointsLimitsNobody() {
        CaseFacts plain = new CaseFacts(1, ZOU, CaseStatus.AANGEMELD, 10, Set.of(10L)).withSector(Sector.VO);
        assertThat(CaseAccess.maySee(coordinator(20, SWV_PO), plain)).isTrue();
    }

    @Test
    void theListScopeCoversExactlyTheCasesTheRuleShows() {
        List<CurrentUser> users = List.of(coordinator(20, SWV_PO), coordinator(21, GEMEENTEN), coordinator(30, null),
                new CurrentUser(40, "v", "V", null, Set.of(ZOU), Set.of(Role.VOORZITTER)),
                new CurrentUser(41, "cv", "CV", SWV_VO, Set.of(ZOU), Set.of(Role.COORDINATOR, Role.VOORZITTER)));
        List<CaseFacts> cases = new ArrayList<>();
        for (Sector sector : EnumSet.allOf(Sector.class)) {
            for (CaseStatus status : List.of(CaseStatus.CONCEPT, CaseStatus.AANGEMELD, CaseStatus.AFGESLOTEN)) {
                cases.add(zouCase(sector, status));
                cases.add(zouCase(sector, status).withAssignedCoordinator(20L));
                cases.add(zouCase(sector, status).withChairs(Set.of(40L, 41L)));
            }
        }
        for (CurrentUser user : users) {
            for (CaseFacts facts : cases) {
                Set<Long> chaired = facts.chairUserIds().contains(user.id()) ? Set.of(facts.caseId()) : Set.of();
                CaseScope scope = CaseAccess.scope(user, Map.of(ZOU, POINTS), chaired);
                assertThat(scope.covers(facts)).as(user.username() + " " + facts).isEqualTo(CaseAccess.maySee(user, facts));
            }
        }
    }

    @Test
    void intakePointsMatchTheWerkwijzesCodesToTheRegionsOrganisations() {
        assertThat(POINTS.limitOf(SWV_VO)).contains(Set.of(Sector.VO));
        assertThat(POINTS.limitOf(LEERPLICHT)).isEmpty();
        assertThat(POINTS.limitOf(null)).isEmpty();
        assertThat(IntakePoints.of(Map.of("onbekend", Set.of(Sector.PO)), List.of()).sectorsByOrganisation()).isEmpty();
    }
}
