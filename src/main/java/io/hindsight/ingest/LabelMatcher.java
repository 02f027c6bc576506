package io.hindsight.ingest;

import io.hindsight.platform.InvalidInputException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One condition of a routing rule on a label, written as in Alertmanager: {@code severity="critical"},
 * {@code env!="staging"}, {@code service=~"checkout|cart"}, {@code team!~"infra-.*"}. Regular expressions are
 * anchored (they must match the whole value), and a missing label has the empty value, as in Alertmanager.
 */
public final class LabelMatcher {

    private static final Pattern SYNTAX = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");
    private static final int MAX_LENGTH = 500;

    /** How the label's value is compared. */
    public enum Operator {
        EQUAL("="), NOT_EQUAL("!="), MATCHES("=~"), NOT_MATCHES("!~");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        static Operator of(String symbol) {
            for (Operator operator : values()) {
                if (operator.symbol.equals(symbol)) {
                    return operator;
                }
            }
            throw new IllegalArgumentException(symbol);
        }
    }

    private final String label;
    private final Operator operator;
    private final String value;
    private final Pattern regex;

    public LabelMatcher(String label, Operator operator, String value) {
        this.label = Objects.requireNonNull(label, "label");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.value = Objects.requireNonNull(value, "value");
        boolean regular = operator == Operator.MATCHES || operator == Operator.NOT_MATCHES;
        this.regex = regular ? compile(value, label) : null;
    }

    public String label() {
        return label;
    }

    public Operator operator() {
        return operator;
    }

    public String value() {
        return value;
    }

    /** Parses {@code name op "value"}; a 400 naming {@code field} when it is not one. */
    public static LabelMatcher parse(String text, String field) {
        if (text == null || text.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "A matcher looks like severity=\"critical\" and has at most "
                    + MAX_LENGTH + " characters.");
        }
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new InvalidInputException(field, "A matcher looks like severity=\"critical\", env!=\"staging\", "
                    + "service=~\"checkout|cart\" or team!~\"infra-.*\".");
        }
        try {
            return new LabelMatcher(m.group(1), Operator.of(m.group(2)), unescape(m.group(3)));
        } catch (InvalidInputException badRegex) {
            throw new InvalidInputException(field, badRegex.getMessage());
        }
    }

    public boolean matches(Map<String, String> labels) {
        String actual = labels.getOrDefault(label, "");
        return switch (operator) {
            case EQUAL -> actual.equals(value);
            case NOT_EQUAL -> !actual.equals(value);
            case MATCHES -> regex.matcher(actual).matches();
            case NOT_MATCHES -> !regex.matcher(actual).matches();
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelMatcher that && label.equals(that.label) && operator == that.operator
                && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, operator, value);
    }

    /** The canonical text, which {@link #parse} reads back to an equal matcher. */
    @Override
    public String toString() {
        return label + operator.symbol + "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n") + "\"";
    }

    private static Pattern compile(String regex, String label) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException bad) {
            throw new InvalidInputException("match", "The regular expression for " + label + " is not valid.");
        }
    }

    private static String unescape(String quoted) {
        StringBuilder out = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length()) {
                char next = quoted.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
