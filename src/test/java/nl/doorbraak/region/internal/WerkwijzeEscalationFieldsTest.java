package nl.doorbraak.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WerkwijzeEscalationFieldsTest {

    private static final String SWV = "    sector: PO\nintakeroutes:";

    private final WerkwijzeLoader loader = new WerkwijzeLoader();

    private LoadedWerkwijze load(String yaml) {
        return loader.load("proefregio.yml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String withContact(String contact) {
        assertThat(WerkwijzeRefusalTest.VALID).contains(SWV);
        return WerkwijzeRefusalTest.VALID.replace(SWV,
                "    sector: PO\n    escalatieContact: \"" + contact + "\"\nintakeroutes:");
    }

    @Test
    void readsEscalationContactsAndFinalSay() {
        var werkwijze = load(withContact("directeur@swv-po.example, teamleider@swv-po.example")
                + "doorzettingsmacht:\n  omschrijving: SWV PO (directeur)\n  organisatie: swv-po\n").werkwijze();
        assertThat(werkwijze.organisation("swv-po").orElseThrow().toSeed().escalationContacts())
                .isEqualTo("directeur@swv-po.example, teamleider@swv-po.example");
        assertThat(werkwijze.finalSay().orElseThrow().description()).isEqualTo("SWV PO (directeur)");
    }

    @Test
    void refusesADefaultMarkWithoutAnEscalationContact() {
        assertThat(WerkwijzeRefusalTest.VALID).contains(SWV);
        assertThatThrownBy(() -> load(WerkwijzeRefusalTest.VALID.replace(SWV,
                "    sector: PO\n    escalatieContactStandaard: true\nintakeroutes:")))
                .hasMessageContaining("veld organisaties[1].escalatieContactStandaard: alleen bij een escalatieContact");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utrecht", "zuidoost-utrecht"})
    void everyOrganisationOfTheUtrechtRegionsHasAManagerForOpschalenAndAddedOnesAreMarked(String slug) throws Exception {
        String file = "werkwijzen/" + slug + ".yml";
        byte[] yaml;
        try (var in = getClass().getClassLoader().getResourceAsStream(file)) {
            yaml = in.readAllBytes();
        }
        var organisations = loader.load(slug + ".yml", yaml).werkwijze().organisations();
        assertThat(organisations).allSatisfy(o -> assertThat(o.escalationContacts()).as(o.code()).isNotBlank());
        assertThat(organisations).filteredOn(o -> o.escalationContactsDefault()).isNotEmpty();
        assertThat(new String(yaml, StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("escalatieContactStandaard: true")))
                .allSatisfy(line -> assertThat(line).contains("# niet uit de bron"));
    }

    @Test
    void leavesFinalSayEmptyWhenTheWerkwijzeDoesNotSay() {
        assertThat(load(WerkwijzeRefusalTest.VALID).werkwijze().finalSay()).isEmpty();
    }

    @Test
    void refusesBadEscalationContactNamingFileAndField() {
        assertThatThrownBy(() -> load(withContact("directeur-at-swv")))
                .hasMessageContaining("werkwijzen/proefregio.yml")
                .hasMessageContaining("veld organisaties[1].escalatieContact: geen geldige e-mailadressen");
    }

    @Test
    void refusesRealLookingEscalationContact() {
        assertThatThrownBy(() -> load(withContact("directeur@swv.nl")))
                .hasMessageContaining("veld organisaties[1].escalatieContact");
    }

    @Test
    void refusesFinalSayWithUnknownOrganisation() {
        assertThatThrownBy(() -> load(WerkwijzeRefusalTest.VALID
                + "doorzettingsmacht:\n  omschrijving: Iemand\n  organisatie: bestaat-niet\n"))
                .hasMessageContaining("veld doorzettingsmacht.organisatie: geen organisatie met code 'bestaat-niet'");
    }

    @Test
    void refusesFinalSayWithoutDescription() {
        assertThatThrownBy(() -> load(WerkwijzeRefusalTest.VALID + "doorzettingsmacht:\n  organisatie: swv-po\n"))
                .hasMessageContaining("veld doorzettingsmacht.omschrijving: ontbreekt");
    }
}
