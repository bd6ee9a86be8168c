package nl.doorbraak.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.organisation.Sector;
import nl.doorbraak.region.CadenceKind;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.PartnerKind;
import nl.doorbraak.region.TableType;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The five shipped werkwijze files, loaded without Spring, hold what their source documents say. */
class RegionWerkwijzenTest {

    private static final Werkwijzen WERKWIJZEN = new LoadedWerkwijzen(
            new WerkwijzeLoader().loadAll(new PathMatchingResourcePatternResolver()).stream()
                    .map(LoadedWerkwijze::werkwijze).toList());

    @Test
    void loadsAndValidatesAllFiveRegions() {
        assertThat(WERKWIJZEN.all()).extracting(Werkwijze::slug).containsExactlyInAnyOrder(
                "zuidoost-utrecht", "amstelland-meerlanden", "amsterdam", "tilburg", "utrecht");
        for (Werkwijze werkwijze : WERKWIJZEN.all()) {
            assertThat(werkwijze.organisations()).anyMatch(o -> o.type() == OrganisationType.SCHOOL && o.schoolType() != null);
            assertThat(werkwijze.organisations()).anyMatch(o -> o.type() == OrganisationType.LEERPLICHT);
            assertThat(werkwijze.organisations())
                    .anyMatch(o -> o.type() == OrganisationType.SWV_PO || o.type() == OrganisationType.SWV_VO);
            assertThat(werkwijze.intakeRoutes()).allMatch(route -> route.email().endsWith(".example"));
            assertThat(werkwijze.checklist()).hasSize(12);
            assertThat(werkwijze.verslagSections()).first().extracting(s -> s.title()).isEqualTo("Datum overleg");
            assertThat(werkwijze.glossary()).isNotEmpty();
        }
    }

    @Test
    void zuidoostUtrechtHasThreeIntakeRoutesSixFixedDatesAndALocalTeamPerMunicipality() {
        Werkwijze zou = WERKWIJZEN.get("zuidoost-utrecht");
        assertThat(zou.intakeRoutes()).hasSize(3);
        assertThat(zou.intakeRouteFor(Sector.PO)).hasValueSatisfying(r -> assertThat(r.organisationCode()).isEqualTo("swv-po-zout"));
        assertThat(zou.intakeRouteFor(Sector.ZORG_LOKAAL)).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Lokaal team/zorgaanbieder"));
        MeetingTable table = zou.tables().get(0);
        assertThat(table.type()).isEqualTo(TableType.DOORBRAAKTAFEL);
        assertThat(table.cadence().kind()).isEqualTo(CadenceKind.FIXED_DATES);
        assertThat(table.cadence().dates()).containsExactly(LocalDate.of(2022, 9, 13), LocalDate.of(2022, 11, 8),
                LocalDate.of(2023, 1, 17), LocalDate.of(2023, 3, 14), LocalDate.of(2023, 5, 16), LocalDate.of(2023, 7, 4));
        assertThat(table.cadence().timeSlot().start()).isEqualTo(LocalTime.of(13, 0));
        assertThat(table.cadence().timeSlot().end()).isEqualTo(LocalTime.of(15, 0));
        assertThat(table.independentChair()).isTrue();
        for (String municipality : zou.municipalities()) {
            assertThat(zou.localTeamOf(municipality)).as(municipality).isPresent();
        }
        assertThat(zou.localTeamOf("Zeist")).hasValueSatisfying(team -> assertThat(team.name()).isEqualTo("CJG Zeist"));
        assertThat(zou.isDefault("verslagonderdelen")).isTrue();
    }

    @Test
    void amsterdamHasTwelveStructuralPartnersAndAJointVooroverlegOnFiveCircumstances() {
        Werkwijze amsterdam = WERKWIJZEN.get("amsterdam");
        assertThat(amsterdam.partners(PartnerKind.STRUCTUREEL)).hasSize(12)
                .extracting(o -> o.name()).contains("Leerplicht Amsterdam", "Raad voor de Kinderbescherming", "ROC van Amsterdam");
        assertThat(amsterdam.admission().deciders()).containsExactlyInAnyOrder(OrganisationType.SWV_VO, OrganisationType.LEERPLICHT);
        assertThat(amsterdam.admission().jointDecision()).isTrue();
        assertThat(amsterdam.admission().requiredCondition()).containsIgnoringCase("geen onderwijs");
        assertThat(amsterdam.admission().circumstances()).hasSize(5);
        assertThat(amsterdam.admission().minimumCircumstances()).isEqualTo(1);
        assertThat(amsterdam.admission().admits(true, 1)).isTrue();
        assertThat(amsterdam.admission().admits(true, 0)).isFalse();
        MeetingTable table = amsterdam.tables().get(0);
        assertThat(table.type()).isEqualTo(TableType.ACTIETAFEL);
        assertThat(table.cadence().intervalWeeks()).isEqualTo(6);
        assertThat(table.cadence().isDefault()).isTrue();
    }

    @Test
    void amstellandHasTheVerslagTemplateInOrderAndItsPrinciples() {
        Werkwijze amstelland = WERKWIJZEN.get("amstelland-meerlanden");
        assertThat(amstelland.isDefault("verslagonderdelen")).isFalse();
        assertThat(amstelland.isDefault("gemeenten")).isTrue();
        assertThat(amstelland.verslagSections()).extracting(s -> s.code()).containsExactly("datum", "leerling", "aanwezig",
                "afwezig", "samenvatting", "geschiedenis", "aanpak", "verwachting-deelnemers", "verwachting-leerling-ouders",
                "toewerken-naar", "nodig-voor-plaatsing", "voorbereidingsperiode", "voorwaarden-plaatsing", "zorg", "afspraken",
                "regie", "vast-aanspreekpunt", "alternatief-scenario", "communicatie-monitoring");
        assertThat(amstelland.admission().principles()).hasSize(5)
                .anyMatch(p -> p.contains("blijft verantwoordelijk voor een thuiszittende leerling"));
        assertThat(amstelland.tables().get(0).type()).isEqualTo(TableType.DOORBRAAKOVERLEG);
        assertThat(amstelland.tables().get(0).dossierSentBeforehand()).isTrue();
    }

    @Test
    void tilburgHasALeertafelOfEightToTenMembersOfAtMostNinetyMinutes() {
        MeetingTable leertafel = WERKWIJZEN.get("tilburg").tables().stream()
                .filter(t -> t.type() == TableType.LEERTAFEL).findFirst().orElseThrow();
        assertThat(leertafel.anonymousCasesOnly()).isTrue();
        assertThat(leertafel.maxDurationMinutes()).isEqualTo(90);
        assertThat(leertafel.cadence().timeSlot().duration()).isLessThanOrEqualTo(Duration.ofMinutes(90));
        assertThat(leertafel.cadence().intervalWeeks()).isEqualTo(6);
        assertThat(leertafel.fixedMembers().min()).isEqualTo(8);
        assertThat(leertafel.fixedMembers().max()).isEqualTo(10);
        assertThat(leertafel.independentChair()).isTrue();
    }

    @Test
    void utrechtPromisesAnActietafelWithinFiveDaysAndClosesWithTwelveQuestions() {
        Werkwijze utrecht = WERKWIJZEN.get("utrecht");
        MeetingTable actietafel = utrecht.tables().get(0);
        assertThat(actietafel.type()).isEqualTo(TableType.ACTIETAFEL);
        assertThat(actietafel.cadence().kind()).isEqualTo(CadenceKind.ON_DEMAND);
        assertThat(actietafel.cadence().withinDays()).isEqualTo(5);
        assertThat(actietafel.cadence().onDemandDeadline(LocalDate.of(2025, 3, 3))).contains(LocalDate.of(2025, 3, 8));
        assertThat(utrecht.isDefault("checklist")).isFalse();
        assertThat(utrecht.checklist()).hasSize(12)
                .startsWith("Heeft de leerling alles kunnen vertellen?")
                .endsWith("Hoe leggen we afspraken vast en hoe wordt informatie gedeeld?");
        assertThat(utrecht.partners(PartnerKind.KERNPARTNER)).extracting(o -> o.type()).containsExactlyInAnyOrder(
                OrganisationType.LOKAAL_TEAM, OrganisationType.SWV_PO, OrganisationType.SWV_VO, OrganisationType.JGZ,
                OrganisationType.LEERPLICHT);
        assertThat(utrecht.glossary()).extracting(t -> t.term()).contains("Kernpartner", "OPP", "Opschalen", "SAVE");
    }

    @Test
    void glossaryTermsAndOrganisationCodesAreUniquePerRegion() {
        for (Werkwijze werkwijze : WERKWIJZEN.all()) {
            List<String> codes = werkwijze.organisations().stream().map(o -> o.code()).toList();
            assertThat(codes).doesNotHaveDuplicates();
        }
    }
}
