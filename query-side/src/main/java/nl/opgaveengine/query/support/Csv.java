package nl.opgaveengine.query.support;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes RFC 4180 CSV (comma, CRLF, quotes doubled). A text cell that starts with {@code = + - @} gets a leading
 * apostrophe, so a spreadsheet never runs a formula from user input.
 */
public final class Csv {

    private Csv() {
    }

    public static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
