package io.hindsight.ingest;

import io.hindsight.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON pointer (RFC 6901) such as {@code /alert/labels/service} or {@code /items/0/id}: {@code ~1} stands for
 * {@code /} and {@code ~0} for {@code ~} inside a name; the empty pointer is the whole document.
 */
public final class JsonPointer {

    private static final int MAX_LENGTH = 200;

    private final String text;
    private final List<String> tokens;

    private JsonPointer(String text, List<String> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** Parses {@code text}; a 400 naming {@code field} when it is not a pointer. */
    public static JsonPointer parse(String text, String field) {
        if (text == null || text.length() > MAX_LENGTH || !(text.isEmpty() || text.startsWith("/"))) {
            throw new InvalidInputException(field, "A JSON pointer starts with / (e.g. /alert/summary) and has at most "
                    + MAX_LENGTH + " characters.");
        }
        List<String> tokens = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String raw : text.substring(1).split("/", -1)) {
                if (raw.matches(".*~(?![01]).*")) {
                    throw new InvalidInputException(field, "In a JSON pointer, ~ is written ~0 and / is written ~1.");
                }
                tokens.add(raw.replace("~1", "/").replace("~0", "~"));
            }
        }
        return new JsonPointer(text, List.copyOf(tokens));
    }

    /** The value this pointer names in {@code document}; a missing value when there is none. */
    public JsonTree resolve(JsonTree document) {
        JsonTree current = document;
        for (String token : tokens) {
            if (current.isArray() && token.matches("0|[1-9][0-9]{0,8}")) {
                current = current.at(Integer.parseInt(token));
            } else {
                current = current.get(token);
            }
        }
        return current;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPointer that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
