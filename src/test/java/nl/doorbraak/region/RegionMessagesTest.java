package nl.doorbraak.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import nl.doorbraak.common.Role;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.organisation.Sector;
import org.junit.jupiter.api.Test;

class RegionMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(RegionMessagesTest.class.getResourceAsStream("/messages/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("region_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("region.properties").stringPropertyNames());
    }

    @Test
    void everyEnumShownOnThePagesHasALabel() throws IOException {
        Properties dutch = bundle("region.properties");
        Arrays.stream(OrganisationType.values()).forEach(t -> assertThat(dutch).containsKey("region.organisationType." + t));
        Arrays.stream(Sector.values()).forEach(s -> assertThat(dutch).containsKey("region.sector." + s));
        Arrays.stream(TableType.values()).forEach(t -> assertThat(dutch).containsKey("region.tableType." + t));
        Arrays.stream(PartnerKind.values()).forEach(p -> assertThat(dutch).containsKey("region.partner." + p));
        Arrays.stream(Role.values()).forEach(r -> assertThat(dutch).containsKey("help.role." + r));
    }
}
