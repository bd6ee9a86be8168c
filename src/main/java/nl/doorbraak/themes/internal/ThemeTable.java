package nl.doorbraak.themes.internal;

/** The leertafel whose themes and trends a page shows: a table of type LEERTAFEL in a region's werkwijze. */
public record ThemeTable(String regionSlug, String regionName, String code, String name, boolean managed) {

    public String path() {
        return "/leertafels/" + regionSlug + "/" + code;
    }
}
