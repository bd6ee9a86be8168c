package nl.doorbraak.planning;

import java.util.List;

/** Which of a region's tables on explicit dates have run out of dates, for the dashboard. No access check. */
public interface TableDateStock {

    /** The names of the region's tables on explicit dates with no planned date from today on. */
    List<String> tablesOutOfDates(String regionSlug);
}
