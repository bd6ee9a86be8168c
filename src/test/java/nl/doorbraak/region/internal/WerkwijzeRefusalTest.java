package nl.doorbraak.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WerkwijzeRefusalTest {

    static final String VALID = """
            slug: proefregio
            naam: Proefregio
            omschrijving: Een regio voor de test.
            gemeenten: [Proefstad]
            organisaties:
              - code: school-a
                naam: School A
                type: SCHOOL
                schoolsoort: PO
                sector: PO
              - code: swv-po
                naam: SWV PO
                type: SWV_PO
                sector: PO
            intakeroutes:
              - naam: Primair onderwijs
                sectoren: [PO]
                organisatie: swv-po
                email: aanmelden@proef.example
            tafels:
              - code: tafel
                naam: Doorbraaktafel
                soort: DOORBRAAKTAFEL
                cadans:
                  soort: ELKE_N_WEKEN
                  intervalWeken: 6
                  weekdag: dinsdag
                  vanaf: 2025-09-02
                  tijd:
                    van: "13:00"
                    tot: "15:00"
            toelating:
              naam: Vooroverleg
              beslissers: [SWV_PO]
              voorwaarde: De leerling volgt geen onderwijs.
            verslagonderdelen:
              - code: datum
                titel: Datum overleg
            checklist: [Is alles besproken?]
            begrippen:
              - term: SWV
                betekenis: Samenwerkingsverband.
            """;

    private final WerkwijzeLoader loader = new WerkwijzeLoader();

    private LoadedWerkwijze load(String yaml) {
        return loader.load("proefregio.yml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsAMinimalValidFileAndFillsDefaults() {
        LoadedWerkwijze loaded = load(VALID);
        assertThat(loaded.werkwijze().slug()).isEqualTo("proefregio");
        assertThat(loaded.sha256()).hasSize(64);
        assertThat(loaded.werkwijze().retention().isDefault()).isTrue();
        assertThat(loaded.werkwijze().retention().leerplichtYearsAfterBirth()).isEqualTo(19);
    }

    @Test
    void refusesAnUnknownHolidayRegionNamingTheField() {
        assertThatThrownBy(() -> load(VALID.replace("gemeenten: [Proefstad]", "vakantieregio: oost\ngemeenten: [Proefstad]")))
                .hasMessage("Werkwijze-bestand werkwijzen/proefregio.yml, veld vakantieregio: moet noord, midden of zuid zijn");
    }

    @Test
    void readsTheHolidayRegion() {
        assertThat(load(VALID.replace("gemeenten: [Proefstad]", "vakantieregio: zuid\ngemeenten: [Proefstad]"))
                .werkwijze().holidayRegion()).contains(nl.doorbraak.leerplicht.VakantieRegio.ZUID);
        assertThat(load(VALID).werkwijze().holidayRegion()).isEmpty();
    }

    @Test
    void refusesUnknownField() {
        assertThatThrownBy(() -> load(VALID.replace("    soort: DOORBRAAKTAFEL", "    soort: DOORBRAAKTAFEL\n    kleur: blauw")))
                .isInstanceOf(WerkwijzeException.class)
                .hasMessage("Werkwijze-bestand werkwijzen/proefregio.yml, veld tafels[0].kleur: onbekend veld");
    }

    @Test
    void refusesMissingRequiredField() {
        assertThatThrownBy(() -> load(VALID.replace("    naam: SWV PO\n", "")))
                .hasMessage("Werkwijze-bestand werkwijzen/proefregio.yml, veld organisaties[1].naam: ontbreekt");
    }

    @Test
    void refusesMissingTopLevelSection() {
        assertThatThrownBy(() -> load(VALID.replace("checklist: [Is alles besproken?]\n", "")))
                .hasMessage("Werkwijze-bestand werkwijzen/proefregio.yml, veld checklist: ontbreekt of is leeg");
    }

    @Test
    void refusesCadenceWithoutWeekday() {
        assertThatThrownBy(() -> load(VALID.replace("      weekdag: dinsdag\n", "")))
                .hasMessage("Werkwijze-bestand werkwijzen/proefregio.yml, veld tafels[0].cadans.weekdag: ontbreekt");
    }

    @Test
    void refusesTimeSlotThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> load(VALID.replace("tot: \"15:00\"", "tot: \"12:00\"")))
                .hasMessage("Werkwijze-bestand werkwijzen/proefregio.yml, veld tafels[0].cadans.tijd.tot: "
                        + "moet na de begintijd (van) liggen");
    }

    @Test
    void refusesAnUnknownWeekday() {
        assertThatThrownBy(() -> load(VALID.replace("weekdag: dinsdag", "weekdag: blauwdag")))
                .hasMessageStartingWith("Werkwijze-bestand werkwijzen/proefregio.yml, veld tafels[0].cadans.weekdag: ongeldige waarde");
    }

    @Test
    void refusesAnAnchorDateOnAnotherWeekday() {
        assertThatThrownBy(() -> load(VALID.replace("vanaf: 2025-09-02", "vanaf: 2025-09-03")))
                .hasMessageContaining("veld tafels[0].cadans.vanaf: valt niet op de gekozen weekdag");
    }

    @Test
    void refusesOnDemandTableWithoutDays() {
        String onDemand = VALID.replaceAll("(?s)      soort: ELKE_N_WEKEN.*?tot: \"15:00\"\n", "      soort: OP_AFROEP\n");
        assertThatThrownBy(() -> load(onDemand)).hasMessageContaining("veld tafels[0].cadans.binnenDagen: ontbreekt");
    }

    @Test
    void refusesLeertafelLongerThanItsMaximum() {
        String leertafel = VALID.replace("soort: DOORBRAAKTAFEL", "soort: LEERTAFEL\n    maxDuurMinuten: 90");
        assertThatThrownBy(() -> load(leertafel)).hasMessageContaining("veld tafels[0].cadans.tijd: duurt langer dan maxDuurMinuten (90)");
    }

    @Test
    void refusesSchoolWithoutSchoolType() {
        assertThatThrownBy(() -> load(VALID.replace("    schoolsoort: PO\n", "")))
                .hasMessageContaining("veld organisaties[0].schoolsoort: ontbreekt (verplicht voor een school)");
    }

    @Test
    void refusesDuplicateOrganisationCode() {
        assertThatThrownBy(() -> load(VALID.replace("code: swv-po\n", "code: school-a\n")))
                .hasMessageContaining("veld organisaties[1].code: komt dubbel voor");
    }

    @Test
    void refusesIntakeRouteToUnknownOrganisation() {
        assertThatThrownBy(() -> load(VALID.replace("organisatie: swv-po", "organisatie: bestaat-niet")))
                .hasMessageContaining("veld intakeroutes[0].organisatie: geen organisatie met code 'bestaat-niet'");
    }

    @Test
    void refusesRealLookingEmailAddress() {
        assertThatThrownBy(() -> load(VALID.replace("aanmelden@proef.example", "iemand@swv.nl")))
                .hasMessageContaining("veld intakeroutes[0].email: gebruik een verzonnen adres");
    }

    @Test
    void refusesSlugThatDiffersFromFileName() {
        assertThatThrownBy(() -> loader.load("anders.yml", VALID.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Werkwijze-bestand werkwijzen/anders.yml, veld slug: moet gelijk zijn aan de bestandsnaam (anders)");
    }

    @Test
    void refusesDeciderTypeWithoutOrganisation() {
        assertThatThrownBy(() -> load(VALID.replace("beslissers: [SWV_PO]", "beslissers: [SWV_PO, LEERPLICHT]")))
                .hasMessageContaining("veld toelating.beslissers[1]: geen organisatie van type LEERPLICHT");
    }

    @Test
    void refusesBrokenYamlNamingTheFile() {
        assertThatThrownBy(() -> load("slug: [niet afgesloten"))
                .hasMessageStartingWith("Werkwijze-bestand werkwijzen/proefregio.yml");
    }
}
