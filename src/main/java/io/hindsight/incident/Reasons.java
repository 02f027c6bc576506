package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;

/** The rule for the "why" of a change: required, trimmed, at most {@value #MAX_LENGTH} characters, no control characters. */
final class Reasons {

    static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    static String required(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(field, "Say why: the " + field + " is required.");
        }
        String trimmed = reason.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw new InvalidInputException(field, "Keep the " + field + " to " + MAX_LENGTH + " characters at most.");
        }
        // Line breaks and tabs are fine in a reason; other control characters only hide or garble text.
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException(field, "The " + field + " contains control characters.");
        }
        return trimmed;
    }
}
