package nl.doorbraak.verslag.internal;

import java.time.LocalDate;
import java.util.Map;

/** The stored draft of one agenda item's verslag (the verslag row), as the meeting mode reads it. */
public record DraftRow(long id, long caseId, String status, Map<String, String> sections, Long regiehouderId,
        Long fixedContactId, String monitoringFrequency, String monitoringChannel, Long monitoringById,
        LocalDate nextMeetingOn, String nextMeetingNote, int latestVersion, int version) {

    public DraftRow {
        sections = Map.copyOf(sections);
    }

    public boolean finalised() {
        return "VASTGESTELD".equals(status);
    }

    public String section(String code) {
        return sections.get(code);
    }
}
