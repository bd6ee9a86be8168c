package nl.doorbraak.themes.internal;

/** The region's list already has a theme with this name (ignoring case): the form says so and keeps the name. */
public class ThemeNameTaken extends RuntimeException {

    public ThemeNameTaken(String name) {
        super("Thema bestaat al");
    }
}
