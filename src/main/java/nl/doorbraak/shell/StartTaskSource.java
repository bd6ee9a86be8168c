package nl.doorbraak.shell;

import java.util.List;

import nl.doorbraak.identity.CurrentUser;

/**
 * A module's contribution to the start page: the tiles of its pages the user's roles may open, each count from the
 * same service and access rule as the page it links to, as a count query (never by loading the list).
 */
public interface StartTaskSource {

    List<StartTask> startTasks(CurrentUser user);
}
