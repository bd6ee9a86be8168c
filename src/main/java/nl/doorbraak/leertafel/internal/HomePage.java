package nl.doorbraak.leertafel.internal;

import java.util.List;

/**
 * A leertafel's home: its name and goals, the next session with its agenda (for a member only from the preparation
 * week on) and who reads it.
 */
public record HomePage(LeertafelTable table, LeertafelSession next, boolean agendaVisible, List<AgendaPoint> agenda,
        AgendaFit fit, boolean manages, int currentMembers) {
}
