package nl.doorbraak.themes;

import java.util.List;
import java.util.Locale;

/**
 * The trends as plain SVG 1.1 (no script, no CSS, no patterns), for a page and for a PDF: one small bar chart per
 * tagged theme, a bar per quarter with its value written above it, so it reads without colour. A hidden count
 * ("&lt; 5") is a dashed outline as high as 5; a range (11-14) is solid up to its lower end and dashed above it. The
 * heights therefore show no more than the labels do.
 */
public final class TrendChart {

    /** The legend lines under the chart. */
    public record Legend(String exact, String hidden) {
        public static final Legend DUTCH = new Legend("Doorgetrokken balk: het aantal boven de balk.",
                "Gestippelde rand: minder dan 5, of een bereik; kleine aantallen tonen we niet.");
    }

    static final int WIDTH = 720;
    private static final int LEFT = 8;
    private static final int BAR_HEIGHT = 48;
    private static final int PANEL = 104;
    private static final String INK = "#1b3a5c";

    private TrendChart() {
    }

    public static String svg(TrendTable table, String title, String description) {
        return svg(table, title, description, Legend.DUTCH);
    }

    public static String svg(TrendTable table, String title, String description, Legend legend) {
        List<TrendRow> rows = table.tagged();
        int height = rows.size() * PANEL + 56;
        int max = Math.max(TrendCount.THRESHOLD, rows.stream().flatMap(r -> r.quarters().stream())
                .mapToInt(c -> c.total().high()).max().orElse(0));
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\"")
                .append(" aria-labelledby=\"trend-chart-title trend-chart-desc\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" font-family=\"sans-serif\">")
                .append("<title id=\"trend-chart-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"trend-chart-desc\">").append(escape(description)).append("</desc>");
        int column = (WIDTH - LEFT) / Math.max(1, table.quarters().size());
        for (int r = 0; r < rows.size(); r++) {
            int top = r * PANEL;
            TrendRow row = rows.get(r);
            text(svg, LEFT, top + 16, 14, "bold", row.theme().name());
            int base = top + 34 + BAR_HEIGHT;
            line(svg, LEFT, base, WIDTH - LEFT, base, false);
            for (int q = 0; q < table.quarters().size(); q++) {
                int x = LEFT + q * column + column / 4;
                bar(svg, x, column / 2, base, max, row.quarters().get(q).total());
                text(svg, x, base + 16, 11, "normal", table.quarters().get(q).label());
            }
        }
        int legendTop = rows.size() * PANEL + 16;
        svg.append(rect(LEFT, legendTop, 16, 10, true, false));
        text(svg, LEFT + 24, legendTop + 10, 12, "normal", legend.exact());
        svg.append(rect(LEFT, legendTop + 20, 16, 10, false, true));
        text(svg, LEFT + 24, legendTop + 30, 12, "normal", legend.hidden());
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, int x, int width, int base, int max, TrendCount count) {
        int solid = scale(count.exact() ? count.low() : (count.high() < TrendCount.THRESHOLD ? 0 : count.low()), max);
        int dashed = count.exact() ? 0 : scale(Math.max(TrendCount.THRESHOLD, count.high()), max) - solid;
        if (solid > 0) {
            svg.append(rect(x, base - solid, width, solid, true, false));
        }
        if (dashed > 0) {
            svg.append(rect(x, base - solid - dashed, width, dashed, false, true));
        }
        text(svg, x, base - solid - dashed - 4, 12, "normal", count.label());
    }

    private static int scale(int value, int max) {
        return Math.round((float) value * BAR_HEIGHT / max);
    }

    private static String rect(int x, int y, int width, int height, boolean filled, boolean dashed) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"%s\""
                + " stroke-width=\"1.5\"%s/>", x, y, width, height, filled ? INK : "#ffffff", INK,
                dashed ? " stroke-dasharray=\"4,3\"" : "");
    }

    private static void line(StringBuilder svg, int x1, int y1, int x2, int y2, boolean dashed) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555555\"%s/>",
                x1, y1, x2, y2, dashed ? " stroke-dasharray=\"4,3\"" : ""));
    }

    private static void text(StringBuilder svg, int x, int y, int size, String weight, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\" fill=\"#1a1a1a\">",
                x, y, size, weight)).append(escape(content)).append("</text>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
