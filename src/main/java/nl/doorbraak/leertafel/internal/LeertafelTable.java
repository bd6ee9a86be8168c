package nl.doorbraak.leertafel.internal;

import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.Werkwijze;

/** One leertafel: a table of type LEERTAFEL in a region's werkwijze, addressed as {@code /leertafels/{regio}/{tafel}}. */
public record LeertafelTable(Werkwijze werkwijze, MeetingTable table) {

    public String regionSlug() {
        return werkwijze.slug();
    }

    public String regionName() {
        return werkwijze.name();
    }

    public String code() {
        return table.code();
    }

    public String name() {
        return table.name();
    }

    public String path() {
        return "/leertafels/" + regionSlug() + "/" + code();
    }
}
