package nl.doorbraak.leertafel.internal;

import java.util.List;

/**
 * Whether the agenda fits the table's maximum duration (Tilburg: 90 minutes). The page says so when it does not;
 * it does not refuse, the chair may choose to run over or move a point.
 */
public record AgendaFit(int totalMinutes, Integer maxMinutes) {

    public static AgendaFit of(List<AgendaPoint> points, Integer maxMinutes) {
        return new AgendaFit(points.stream().mapToInt(AgendaPoint::minutes).sum(), maxMinutes);
    }

    public boolean exceeds() {
        return maxMinutes != null && totalMinutes > maxMinutes;
    }
}
