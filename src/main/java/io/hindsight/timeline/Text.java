package io.hindsight.timeline;

import io.hindsight.platform.InvalidInputException;

/** Rules for free text that enters the timeline: trimmed, bounded, and free of invisible control characters. */
final class Text {

    private Text() {
    }

    /** Trimmed text, or {@code null} when blank; refuses text longer than {@code max} or with control characters. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new InvalidInputException(field, "Keep " + field + " to " + max + " characters at most.");
        }
        if (hasControlCharacter(trimmed)) {
            throw new InvalidInputException(field, "The " + field + " contains control characters.");
        }
        return trimmed;
    }

    static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidInputException(field, "The " + field + " is required.");
        }
        return text;
    }

    static String abbreviate(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max) + "…";
    }

    // Tabs and line breaks are legitimate in details; other C0/C1 controls only hide or garble text.
    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
