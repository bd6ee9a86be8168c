package nl.doorbraak.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * One tile of the start page: a main task of the user's role as a link to its page, with a short description and
 * the counts that say how much waits there. Texts are message keys of the contributing module; {@code rank} orders
 * the tiles (lower first; {@link #HELP} comes last).
 */
public record StartTask(int rank, String path, String titleKey, String descriptionKey, List<Count> counts) {

    /** The first tiles: what waits for the user now (vooroverleg, tables, meetings). */
    public static final int MAIN = 10;
    /** Tiles after the main tasks: lists and forms the user opens themselves. */
    public static final int OTHER = 50;
    public static final int HELP = 100;

    /** A number on the tile, told by a message with the number as {@code {0}}. */
    public record Count(String messageKey, long value) {
    }

    public StartTask {
        counts = List.copyOf(counts);
    }

    public static StartTask link(int rank, String path, String titleKey, String descriptionKey) {
        return new StartTask(rank, path, titleKey, descriptionKey, List.of());
    }

    public StartTask withCount(String messageKey, long value) {
        List<Count> more = new ArrayList<>(counts);
        more.add(new Count(messageKey, value));
        return new StartTask(rank, path, titleKey, descriptionKey, more);
    }
}
