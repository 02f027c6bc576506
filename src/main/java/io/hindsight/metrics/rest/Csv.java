package io.hindsight.metrics.rest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV (RFC 4180) that spreadsheets open safely: every field is quoted, and one that begins with a character a
 * spreadsheet would read as a formula ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe.
 */
final class Csv {

    private final Writer out;

    Csv(Writer out) {
        this.out = out;
    }

    void row(List<?> fields) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        out.write(line.append("\r\n").toString());
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** Negative numbers stay numbers: a leading minus is only a formula when what follows is not a number. */
    private static boolean isNumber(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }
}
