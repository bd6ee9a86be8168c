package nl.doorbraak.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrendCountTest {

    @Test
    void showsCountsFromOneToFourOnlyAsBelowFive() {
        for (int n = 1; n < 5; n++) {
            assertThat(TrendCount.of(n).label()).isEqualTo("< 5");
            assertThat(TrendCount.of(n).hidden()).isTrue();
        }
        assertThat(TrendCount.of(0).label()).isEqualTo("0");
        assertThat(TrendCount.of(5).label()).isEqualTo("5");
        assertThat(TrendCount.of(23).label()).isEqualTo("23");
    }

    @Test
    void refusesToHoldAnExactSmallCount() {
        assertThatThrownBy(() -> new TrendCount(3, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void showsATotalWithAHiddenPartAsTheRangeItsPartsAllow() {
        TrendCount total = TrendCount.total(13, List.of(TrendCount.of(3), TrendCount.of(10)));
        assertThat(total.label()).isEqualTo("11\u201314");
        assertThat(total.exact()).isFalse();
    }

    @Test
    void showsATotalBelowFiveAsBelowFiveEvenWhenItsPartsAreHidden() {
        assertThat(TrendCount.total(4, List.of(TrendCount.of(2), TrendCount.of(2))).label()).isEqualTo("< 5");
        assertThat(TrendCount.total(3, List.of(TrendCount.of(3), TrendCount.of(0))).label()).isEqualTo("< 5");
    }

    @Test
    void showsATotalOfHiddenPartsAtLeastFiveAsARangeFromFive() {
        assertThat(TrendCount.total(6, List.of(TrendCount.of(3), TrendCount.of(3))).label()).isEqualTo("5\u20138");
    }

    @Test
    void showsATotalOfExactPartsExactly() {
        assertThat(TrendCount.total(17, List.of(TrendCount.of(12), TrendCount.of(5), TrendCount.of(0))).label())
                .isEqualTo("17");
    }

    @Test
    void aCellNeverLetsSubtractionRevealAHiddenPart() {
        TrendCell cell = TrendCell.of(2, 9);
        assertThat(cell.leertafel().label()).isEqualTo("< 5");
        assertThat(cell.cases().label()).isEqualTo("9");
        assertThat(cell.total().label()).isEqualTo("10\u201313");
    }
}
