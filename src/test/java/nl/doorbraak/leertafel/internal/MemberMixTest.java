package nl.doorbraak.leertafel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.region.MemberCount;
import org.junit.jupiter.api.Test;

class MemberMixTest {

    private static final MemberCount TILBURG = new MemberCount(8, 10);

    @Test
    void aGroupOfNineWithPoAndVoHasNoWarnings() {
        List<Member> group = group(MemberSector.PO, MemberSector.VO, MemberSector.VSO, MemberSector.GEMEENTELIJKE_TOEGANG,
                MemberSector.PO, MemberSector.VO, MemberSector.GEMEENTELIJKE_TOEGANG, MemberSector.PO, MemberSector.VO);
        assertThat(MemberMix.warnings(group, TILBURG)).isEmpty();
    }

    @Test
    void warnsWhenTheGroupIsSmallerOrLargerThanTheWerkwijzeAsks() {
        assertThat(keys(group(MemberSector.PO, MemberSector.VO))).containsExactly("leertafel.members.warning.count");
        assertThat(MemberMix.warnings(group(MemberSector.PO, MemberSector.VO), TILBURG).get(0).arguments())
                .containsExactly(2, 8, 10);
        List<MemberSector> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(i % 2 == 0 ? MemberSector.PO : MemberSector.VO);
        }
        assertThat(keys(group(eleven.toArray(MemberSector[]::new)))).containsExactly("leertafel.members.warning.count");
    }

    @Test
    void specialEducationCountsNeitherAsPoNorAsVo() {
        List<Member> onlySpecial = group(MemberSector.VSO, MemberSector.VSO, MemberSector.VSO, MemberSector.VSO,
                MemberSector.VSO, MemberSector.VSO, MemberSector.VSO, MemberSector.VSO);
        assertThat(keys(onlySpecial)).containsExactly("leertafel.members.warning.noPo", "leertafel.members.warning.noVo");
    }

    @Test
    void anEmptyGroupGetsEveryWarningAndATableWithoutARangeOnlyTheMix() {
        assertThat(keys(List.of())).hasSize(3);
        assertThat(MemberMix.warnings(group(MemberSector.PO), null)).extracting(MemberWarning::messageKey)
                .containsExactly("leertafel.members.warning.noVo");
    }

    private static List<String> keys(List<Member> group) {
        return MemberMix.warnings(group, TILBURG).stream().map(MemberWarning::messageKey).toList();
    }

    private static List<Member> group(MemberSector... sectors) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < sectors.length; i++) {
            members.add(new Member(i, 100 + i, "Lid " + i, "IB'er", sectors[i], LocalDate.of(2026, 1, 1), null));
        }
        return members;
    }
}
