package io.hindsight.confluence.rest.jira;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** JQL values quoted and escaped, so text from a page can never change the shape of a query. */
final class Jql {

    private Jql() {
    }

    /** {@code "value"} with backslashes and double quotes escaped, as JQL's quoted strings require. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            // Line breaks end a JQL string; no label or key contains one, so it is dropped rather than escaped.
            if (c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The query as a URL query parameter value. */
    static String urlEncoded(String jql) {
        return URLEncoder.encode(jql, StandardCharsets.UTF_8);
    }
}
