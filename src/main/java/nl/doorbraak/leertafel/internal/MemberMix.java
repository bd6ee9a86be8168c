package nl.doorbraak.leertafel.internal;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.region.MemberCount;

/**
 * Whether the fixed group is what the werkwijze asks for: a size within its range (Tilburg: 8 to 10) and someone
 * from primary (PO) and from secondary education (VO). (V)SO counts as neither: it is special education, and the
 * seed asks for representatives "verdeeld over primair en voortgezet (speciaal) onderwijs", so a group of only SO
 * and VSO members still lacks the regular school's view. These are warnings: the coordinator decides.
 */
public final class MemberMix {

    private MemberMix() {
    }

    public static List<MemberWarning> warnings(List<Member> current, MemberCount wanted) {
        List<MemberWarning> warnings = new ArrayList<>();
        int count = current.size();
        if (wanted != null && (count < wanted.min() || count > wanted.max())) {
            warnings.add(new MemberWarning("leertafel.members.warning.count", List.of(count, wanted.min(), wanted.max())));
        }
        if (current.stream().noneMatch(m -> m.sector() == MemberSector.PO)) {
            warnings.add(new MemberWarning("leertafel.members.warning.noPo", List.of()));
        }
        if (current.stream().noneMatch(m -> m.sector() == MemberSector.VO)) {
            warnings.add(new MemberWarning("leertafel.members.warning.noVo", List.of()));
        }
        return warnings;
    }
}
