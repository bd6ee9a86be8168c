package nl.doorbraak.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final List<Quarter> QUARTERS = List.of(new Quarter(2026, 1), new Quarter(2026, 2));

    private static TrendRow row(long id, String name, TrendCell... cells) {
        return new TrendRow(new Theme(id, "tilburg", "t" + id, name, true), List.of(cells), cells[0]);
    }

    private final TrendTable table = new TrendTable("tilburg", QUARTERS, List.of(
            row(1, "Wachtlijst jeugdhulp", TrendCell.of(3, 9), TrendCell.of(0, 7)),
            row(2, "Leerlingenvervoer", TrendCell.of(1, 0), TrendCell.of(0, 0)),
            row(3, "Anders", TrendCell.of(0, 0), TrendCell.of(0, 0))));

    @Test
    void hasARoleATitleAndADescriptionItIsLabelledBy() {
        String svg = TrendChart.svg(table, "Knelpunten per kwartaal", "Aantal casussen & thema's");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\"")
                .contains("aria-labelledby=\"trend-chart-title trend-chart-desc\"")
                .contains("<title id=\"trend-chart-title\">Knelpunten per kwartaal</title>")
                .contains("<desc id=\"trend-chart-desc\">Aantal casussen &amp; thema's</desc>")
                .doesNotContain("<script");
    }

    @Test
    void writesNoNumberBelowFive() {
        String svg = TrendChart.svg(table, "t", "d");
        Matcher texts = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (texts.find()) {
            String text = texts.group(1);
            if (text.matches("\\d+")) {
                assertThat(Integer.parseInt(text)).as("a count in the chart").satisfiesAnyOf(
                        n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(5));
            }
            if (text.matches("\\d+\u2013\\d+")) {
                assertThat(Integer.parseInt(text.split("\u2013")[0])).as("a range in the chart").isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(svg).contains(">&lt; 5</text>").contains(">10\u201313</text>").contains(">7</text>");
    }

    @Test
    void leavesOutThemesThatWereNotTagged() {
        String svg = TrendChart.svg(table, "t", "d");
        assertThat(svg).contains("Wachtlijst jeugdhulp").contains("Leerlingenvervoer").doesNotContain("Anders");
    }
}
