package io.hindsight.jira.panel;

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values. Its method's name ends in
 * "Html" on purpose: Jira's automatic Velocity escaping leaves references with that suffix alone, so the output is
 * escaped exactly once whether or not Jira escapes the template too.
 */
public final class HtmlText {

    public String escapeHtml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
