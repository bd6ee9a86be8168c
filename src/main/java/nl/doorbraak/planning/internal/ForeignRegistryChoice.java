package nl.doorbraak.planning.internal;

/**
 * An organisation or user that is not in the registry of the meeting's region (another region's id, or one that is
 * no longer active): refused, and the DENIED audit row stays (the service does not roll back on it).
 */
public class ForeignRegistryChoice extends PlanningRefused {

    ForeignRegistryChoice(String field, String messageKey) {
        super(field, messageKey);
    }
}
