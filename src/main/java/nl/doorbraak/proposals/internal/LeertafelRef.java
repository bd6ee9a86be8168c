package nl.doorbraak.proposals.internal;

/** A leertafel as the proposals see it: a table of type LEERTAFEL in a region's werkwijze. */
public record LeertafelRef(String regionSlug, String regionName, String code, String name) {

    public String path() {
        return "/leertafels/" + regionSlug + "/" + code;
    }
}
