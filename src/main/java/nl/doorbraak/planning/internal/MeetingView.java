package nl.doorbraak.planning.internal;

import java.util.List;

/** The meeting page: the meeting, its table, chair and agenda, and whether the viewer may change it. */
public record MeetingView(Meeting meeting, String tableName, String regionName, String chairName,
        List<AgendaItem> items, boolean mayManage) {

    public MeetingView {
        items = List.copyOf(items);
    }
}
