package nl.doorbraak.themes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.doorbraak.themes.Quarter;
import nl.doorbraak.themes.TrendCell;
import nl.doorbraak.themes.TrendRow;
import nl.doorbraak.themes.TrendTable;

/**
 * The trend table as CSV for spreadsheets used in the Netherlands (semicolon, UTF-8 with a byte order mark), with the
 * same hidden counts as the page: "&lt; 5" and ranges stay text, so no spreadsheet can turn them back into numbers.
 */
final class TrendCsv {

    private TrendCsv() {
    }

    static String of(TrendTable table) {
        List<String> header = new ArrayList<>(List.of("knelpunt"));
        for (Quarter q : table.quarters()) {
            header.add(q.label() + " leertafel");
            header.add(q.label() + " casussen");
            header.add(q.label() + " totaal");
        }
        header.addAll(List.of("periode leertafel", "periode casussen", "periode totaal"));
        StringBuilder csv = new StringBuilder("\uFEFF").append(line(header));
        for (TrendRow row : table.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.theme().name()));
            row.quarters().forEach(c -> add(fields, c));
            add(fields, row.period());
            csv.append(line(fields));
        }
        return csv.toString();
    }

    private static void add(List<String> fields, TrendCell cell) {
        fields.add(cell.leertafel().label());
        fields.add(cell.cases().label());
        fields.add(cell.total().label());
    }

    private static String line(List<String> fields) {
        return fields.stream().map(TrendCsv::field).collect(Collectors.joining(";")) + "\r\n";
    }

    /** Quotes when needed, and defuses values a spreadsheet would run as a formula. */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
