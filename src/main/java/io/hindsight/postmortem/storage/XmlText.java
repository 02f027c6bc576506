package io.hindsight.postmortem.storage;

/**
 * Makes arbitrary text safe for XML 1.0: code points XML forbids (and invisible C1 controls) become U+FFFD,
 * lone surrogates too, and markup characters are escaped.
 */
public final class XmlText {

    static final char REPLACEMENT = '\uFFFD';
    private static final String ELLIPSIS = "…";

    private XmlText() {
    }

    /** The text with every character that XML cannot carry, or that only hides text, replaced by U+FFFD. */
    public static String sanitize(String text) {
        if (text == null) {
            return "";
        }
        if (isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        appendSanitized(out, text, Escaping.NONE);
        return out.toString();
    }

    /**
     * At most {@code maxCodePoints} code points of the text, ending in an ellipsis when shortened; never splits a
     * surrogate pair.
     */
    public static String truncate(String text, int maxCodePoints) {
        if (text == null) {
            return "";
        }
        if (text.length() <= maxCodePoints || text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxCodePoints - 1);
        return text.substring(0, end) + ELLIPSIS;
    }

    static void appendText(StringBuilder out, String text) {
        appendSanitized(out, text, Escaping.TEXT);
    }

    static void appendAttributeValue(StringBuilder out, String value) {
        appendSanitized(out, value, Escaping.ATTRIBUTE);
    }

    private enum Escaping { NONE, TEXT, ATTRIBUTE }

    private static void appendSanitized(StringBuilder out, String text, Escaping escaping) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!isAllowedBmpChar(c)) {
                out.append(REPLACEMENT);
            } else if (escaping == Escaping.NONE) {
                out.append(c);
            } else {
                appendEscaped(out, c, escaping);
            }
        }
    }

    private static void appendEscaped(StringBuilder out, char c, Escaping escaping) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            // Always escaped so that "]]>" can never appear in output, wherever the text lands.
            case '>' -> out.append("&gt;");
            case '"' -> out.append(escaping == Escaping.ATTRIBUTE ? "&quot;" : "\"");
            // Attribute-value normalisation would turn these into spaces; character references keep them.
            case '\t' -> out.append(escaping == Escaping.ATTRIBUTE ? "&#9;" : "\t");
            case '\n' -> out.append(escaping == Escaping.ATTRIBUTE ? "&#10;" : "\n");
            case '\r' -> out.append("&#13;");
            default -> out.append(c);
        }
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isAllowedBmpChar(c)) {
                return false;
            }
        }
        return true;
    }

    // XML 1.0 Char production, minus DEL and C1 controls: legal, but invisible and only ever garbled input.
    private static boolean isAllowedBmpChar(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
