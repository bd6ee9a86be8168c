package nl.doorbraak.planning.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The meeting page: the meeting, its table, chair and agenda, whether the viewer may change it, and when each case's
 * dossier was sent (by case id, Europe/Amsterdam wall-clock time; absent when not yet), and for each follow-up item
 * (by item id) how many agreements of earlier verslagen are still open.
 */
public record MeetingView(Meeting meeting, String tableName, String regionName, String chairName,
        List<AgendaItem> items, boolean mayManage, Map<Long, LocalDateTime> dossierSentAt,
        Map<Long, Integer> followUpOpenAgreements) {

    public MeetingView {
        items = List.copyOf(items);
        dossierSentAt = Map.copyOf(dossierSentAt);
        followUpOpenAgreements = Map.copyOf(followUpOpenAgreements);
    }
}
