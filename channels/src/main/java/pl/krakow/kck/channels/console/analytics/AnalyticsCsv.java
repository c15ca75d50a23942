package pl.krakow.kck.channels.console.analytics;

import java.util.List;
import java.util.stream.Collectors;

import pl.krakow.kck.bot.analytics.Table;

/**
 * One analytics table as CSV (RFC 4180: comma, CRLF, quotes doubled), a header row first. A list cell (the
 * examples of a question group) is its items joined by " | ". A cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @) gets a leading apostrophe: residents' words are in these files.
 */
final class AnalyticsCsv {

    private AnalyticsCsv() {
    }

    static String of(Table table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.columns().stream().map(c -> (Object) c).toList());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        csv.append(cells.stream().map(AnalyticsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(" | "))
                : String.valueOf(value);
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.startsWith("'")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
