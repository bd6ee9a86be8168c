package nl.doorbraak.leertafel.internal;

import java.util.List;
import java.util.Map;

import nl.doorbraak.identity.UserContact;
import nl.doorbraak.proposals.ProposalSummary;
import nl.doorbraak.themes.Theme;

/**
 * One session as the reader may see it. {@code agendaVisible} is false for a member before the preparation week:
 * then {@code points} is empty and the page says from when the agenda is there.
 *
 * @param composes the reader composes the agenda (a coordinator of the region or this session's chair)
 * @param records  the reader may record attendance and notes (coordinator or chair, once the session has begun)
 * @param openToMembers members see the agenda today (the preparation week has begun)
 * @param themes   the region's active themes, to put one on the agenda (only while composing)
 * @param followUps the table's open proposals: a standing part of every planned session until ingevoerd or afgewezen
 */
public record SessionPage(LeertafelTable table, LeertafelSession session, boolean manages, boolean composes,
        boolean records, boolean agendaVisible, List<AgendaPoint> points, AgendaFit fit,
        List<AgendaRepository.PickableCase> pickableCases, List<Member> members, Map<Long, Boolean> attendance,
        List<UserContact> chairs, boolean begun, boolean openToMembers, List<ProposalSummary> followUps,
        List<Theme> themes) {

    public boolean editable() {
        return composes && session.planned() && !begun;
    }

    public Boolean present(long memberId) {
        return attendance.get(memberId);
    }
}
