package nl.doorbraak.planning.internal;

import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;

/** What a new or moved table date must be: today or later, a slot that ends after it starts, one per table per day. */
@Component
class TableDateRules {

    private static final int MAX_LOCATION = 160;

    private final Werkwijzen werkwijzen;
    private final TableDateRepository dates;
    private final PlanningTime time;

    TableDateRules(Werkwijzen werkwijzen, TableDateRepository dates, PlanningTime time) {
        this.werkwijzen = werkwijzen;
        this.dates = dates;
        this.time = time;
    }

    MeetingTable table(String regionSlug, String tableCode) {
        return werkwijzen.get(regionSlug).table(tableCode).orElseThrow();
    }

    /**
     * Checks the change ({@code current} is the date being moved, null for a new one) and returns the place to
     * store: what was typed, else the table's own.
     */
    String checked(String regionSlug, MeetingTable table, TableDateChange change, TableDate current) {
        if (change.day() == null || change.day().isBefore(time.today())) {
            throw new PlanningRefused("date", "tableDates.refused.datePast");
        }
        if (change.from() == null || change.until() == null || !change.until().isAfter(change.from())) {
            throw new PlanningRefused("timeUntil", "planning.refused.slotOrder");
        }
        boolean taken = dates.plannedOn(regionSlug, table.code(), change.day())
                .filter(other -> current == null || other.id() != current.id()).isPresent();
        if (taken) {
            throw new PlanningRefused("date", "tableDates.refused.dayTaken");
        }
        String place = change.location() == null || change.location().isBlank() ? table.location()
                : change.location().strip();
        if (place != null && (place.length() > MAX_LOCATION || place.chars().anyMatch(Character::isISOControl))) {
            throw new PlanningRefused("location", "planning.refused.location");
        }
        return place;
    }
}
