package nl.doorbraak.leertafel.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.region.TableType;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;

/** The leertafels of every region: the tables of type LEERTAFEL in the werkwijzen. */
@Component
public class LeertafelTables {

    private final Werkwijzen werkwijzen;

    LeertafelTables(Werkwijzen werkwijzen) {
        this.werkwijzen = werkwijzen;
    }

    public Optional<LeertafelTable> find(String regionSlug, String tableCode) {
        return werkwijzen.find(regionSlug).flatMap(w -> w.table(tableCode)
                .filter(t -> t.type() == TableType.LEERTAFEL).map(t -> new LeertafelTable(w, t)));
    }

    public List<LeertafelTable> all() {
        return werkwijzen.all().stream().flatMap(w -> w.tables().stream()
                .filter(t -> t.type() == TableType.LEERTAFEL).map(t -> new LeertafelTable(w, t))).toList();
    }

    public List<LeertafelTable> ofRegion(String regionSlug) {
        return all().stream().filter(t -> t.regionSlug().equals(regionSlug)).toList();
    }
}
