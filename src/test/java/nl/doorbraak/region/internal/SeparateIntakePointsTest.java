package nl.doorbraak.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import nl.doorbraak.organisation.Sector;
import nl.doorbraak.region.Werkwijzen;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Which organisations run a separate intake point, in the five shipped werkwijzen (loaded without Spring). */
class SeparateIntakePointsTest {

    private static final Werkwijzen WERKWIJZEN = new LoadedWerkwijzen(
            new WerkwijzeLoader().loadAll(new PathMatchingResourcePatternResolver()).stream()
                    .map(LoadedWerkwijze::werkwijze).toList());

    @Test
    void zuidoostUtrechtHasAnIntakePointForPoVoAndTheLocalTeams() {
        assertThat(WERKWIJZEN.get("zuidoost-utrecht").separateIntakePoints()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("swv-po-zout", Set.of(Sector.PO), "swv-vo-zou", Set.of(Sector.VO),
                        "gemeenten-zou", Set.of(Sector.ZORG_LOKAAL)));
    }

    @Test
    void theDecidersOfAJointVooroverlegAreNoSeparateIntakePoint() {
        // Amsterdam: SWV VO and Leerplicht decide on every case together, whatever its sector
        assertThat(WERKWIJZEN.get("amsterdam").separateIntakePoints()).isEmpty();
        // Amstelland: school and leerplicht decide jointly; the SWV's intake points stay separate
        assertThat(WERKWIJZEN.get("amstelland-meerlanden").separateIntakePoints())
                .containsOnlyKeys("swv-po-amstelland-meerlanden", "swv-vo-amstelland-meerlanden");
    }
}
