package nl.doorbraak.verslag.internal;

import java.time.LocalDateTime;
import java.util.List;

/** The verslagen of one case: every meeting it was on, with the verslag's status and its versions. */
public record VerslagVersionOverview(long caseId, List<Meeting> meetings) {

    public VerslagVersionOverview {
        meetings = List.copyOf(meetings);
    }

    /**
     * {@code status} is null when no verslag was started yet; {@code chairedByMe}: the reader chairs this meeting and
     * writes its verslag in the meeting mode.
     */
    public record Meeting(long agendaItemId, LocalDateTime startsAt, String tableName, boolean cancelled,
            String status, List<VerslagVersionLine> versions, boolean chairedByMe) {

        public Meeting {
            versions = List.copyOf(versions);
        }
    }
}
