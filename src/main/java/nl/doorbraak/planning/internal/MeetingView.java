package nl.doorbraak.planning.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The meeting page: the meeting, its table, chair and the agenda items the viewer may see (all of them only when
 * {@code wholeAgenda}), the items the viewer takes part in, whether they may change it, and when each case's
 * dossier was sent (by case id, Europe/Amsterdam wall-clock time; absent when not yet), and for each follow-up item
 * (by item id) how many agreements of earlier verslagen are still open.
 */
public record MeetingView(Meeting meeting, String tableName, String regionName, String chairName,
        List<AgendaItem> items, boolean wholeAgenda, Set<Long> ownItems, boolean mayManage,
        Map<Long, LocalDateTime> dossierSentAt, Map<Long, Integer> followUpOpenAgreements) {

    public MeetingView {
        items = List.copyOf(items);
        ownItems = Set.copyOf(ownItems);
        dossierSentAt = Map.copyOf(dossierSentAt);
        followUpOpenAgreements = Map.copyOf(followUpOpenAgreements);
    }
}
