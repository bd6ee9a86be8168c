package nl.doorbraak.planning.internal;

/** Planning goes ahead, but the coordinator should know: the agenda is full or the region's promise is broken. */
public enum PlanningWarning {
    AGENDA_FULL, PROMISE_BROKEN;

    public String messageKey() {
        return "planning.warning." + name();
    }
}
