package io.hindsight.ingest;

import io.hindsight.platform.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only view of a parsed JSON document (maps, lists, strings, numbers, booleans, {@code null}) that knows
 * its own path, so that every complaint about a webhook payload names the value at fault, such as
 * {@code alerts[3].startsAt}. Unknown members are simply never asked for: vendors add fields all the time.
 */
public final class JsonTree {

    private static final Object MISSING = new Object();

    private final Object value;
    private final String path;

    private JsonTree(Object value, String path) {
        this.value = value;
        this.path = path;
    }

    /**
     * The whole document: {@code value} is what a JSON reader produced with maps for objects and lists for arrays.
     */
    public static JsonTree root(Object value) {
        return new JsonTree(value, "");
    }

    /** Where this value sits in the document; empty for the document itself. */
    public String path() {
        return path;
    }

    public boolean isMissing() {
        return value == MISSING;
    }

    /** Absent, or JSON {@code null}: both mean "not given" to every adapter. */
    public boolean isAbsent() {
        return value == MISSING || value == null;
    }

    public boolean isObject() {
        return value instanceof Map;
    }

    public boolean isArray() {
        return value instanceof List;
    }

    /** The member {@code name} of this object; a missing member when this is not an object or lacks it. */
    public JsonTree get(String name) {
        String childPath = path.isEmpty() ? name : path + "." + name;
        if (value instanceof Map<?, ?> map && map.containsKey(name)) {
            return new JsonTree(map.get(name), childPath);
        }
        return new JsonTree(MISSING, childPath);
    }

    /** The element at {@code index} of this array, or a missing value. */
    public JsonTree at(int index) {
        String childPath = path + "[" + index + "]";
        if (value instanceof List<?> list && index >= 0 && index < list.size()) {
            return new JsonTree(list.get(index), childPath);
        }
        return new JsonTree(MISSING, childPath);
    }

    /** The object itself, refusing anything else. */
    public JsonTree requireObject() {
        if (!isObject()) {
            throw invalid(isAbsent() ? "is required (an object)" : "must be an object");
        }
        return this;
    }

    /** The elements of this array; an absent value counts as empty, anything else is refused. */
    public List<JsonTree> elements() {
        if (isAbsent()) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid("must be an array");
        }
        List<JsonTree> elements = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            elements.add(new JsonTree(list.get(i), path + "[" + i + "]"));
        }
        return elements;
    }

    /** The member names of this object, in document order; empty for anything else. */
    public List<String> fieldNames() {
        if (!(value instanceof Map<?, ?> map)) {
            return List.of();
        }
        return map.keySet().stream().map(String::valueOf).toList();
    }

    /**
     * A SHA-256 of this value's content, the same for the same JSON (members in the same order): the identity of
     * an item whose sender gives it no id.
     */
    public String contentHash() {
        return SignalText.sha256Hex(String.valueOf(value));
    }

    /** The number of elements of this array, without building views of them. */
    public int size() {
        return value instanceof List<?> list ? list.size() : 0;
    }

    /** A string, or {@code null} when absent; a number, object or array here is refused. */
    public String text() {
        if (isAbsent()) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw invalid("must be a string");
        }
        return text;
    }

    /** A non-blank string. */
    public String requiredText() {
        String text = text();
        if (text == null || text.isBlank()) {
            throw invalid("is required");
        }
        return text;
    }

    /** A string, number or boolean as text (what a JSON pointer mapping may point at), or {@code null}. */
    public String scalarText() {
        if (isAbsent()) {
            return null;
        }
        if (value instanceof String || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        throw invalid("must be a string, number or boolean");
    }

    /**
     * An instant: an ISO-8601 string with an offset (fractions of any length), or a whole number of epoch
     * seconds or milliseconds (below 10^11 it is read as seconds: that is the year 5138 in seconds, but 1973
     * in milliseconds, and nothing in a timeline is that old). {@code null} when absent.
     */
    public Instant instant() {
        if (isAbsent()) {
            return null;
        }
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException notIso) {
                throw invalid("must be an ISO-8601 timestamp with an offset, such as 2026-05-01T10:15:30Z (got '"
                        + SignalText.echo(text) + "')");
            }
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            long number = ((Number) value).longValue();
            return Math.abs(number) < 100_000_000_000L ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
        }
        throw invalid("must be an ISO-8601 timestamp or whole epoch seconds or milliseconds");
    }

    /** A required instant. */
    public Instant requiredInstant() {
        Instant instant = instant();
        if (instant == null) {
            throw invalid("is required");
        }
        return instant;
    }

    /**
     * An object whose values are all strings, such as Alertmanager's {@code labels}; empty when absent. A value
     * of another type is refused with its own path.
     */
    public Map<String, String> stringMap() {
        if (isAbsent()) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid("must be an object of strings");
        }
        Map<String, String> strings = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String text = get(name).text();
            if (text != null) {
                strings.put(name, text);
            }
        }
        return Collections.unmodifiableMap(strings);
    }

    /** A 400 naming this value: "{path} {problem}." */
    public InvalidInputException invalid(String problem) {
        String field = path.isEmpty() ? null : path;
        String subject = path.isEmpty() ? "The payload" : path;
        return new InvalidInputException(field, subject + " " + problem + ".");
    }
}
