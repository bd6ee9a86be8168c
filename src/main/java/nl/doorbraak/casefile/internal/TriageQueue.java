package nl.doorbraak.casefile.internal;

/**
 * One page of the vooroverleg queue, oldest first, with the reader's intake points ({@code choice}) and the one it is
 * filtered by ({@code selected}, null for all).
 */
public record TriageQueue(CasePage page, IntakePointChoice choice, IntakePoint selected) {

    /** The name of the intake point of one row; null where no intake point takes in its sector. */
    public String intakePointOf(CaseListItem item) {
        return choice.nameOf(item.regionSlug(), item.sector());
    }
}
