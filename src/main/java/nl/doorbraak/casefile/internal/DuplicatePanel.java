package nl.doorbraak.casefile.internal;

import java.util.List;

/** The possible duplicates of a case for a coordinator of its region; empty for everyone else. */
public record DuplicatePanel(long caseId, List<DuplicateMark> marks, boolean mayDecide) {

    public boolean anyOpen() {
        return marks.stream().anyMatch(DuplicateMark::open);
    }
}
