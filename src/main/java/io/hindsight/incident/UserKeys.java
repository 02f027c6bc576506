package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;

/** The shape rule for host user keys that arrive as input: 1 to 255 visible characters. */
final class UserKeys {

    static final int MAX_LENGTH = 255;

    private UserKeys() {
    }

    static String check(String field, String userKey) {
        if (userKey == null || userKey.isBlank() || userKey.length() > MAX_LENGTH
                || !userKey.equals(userKey.strip()) || userKey.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "A user key is 1 to " + MAX_LENGTH
                    + " characters, without surrounding spaces or control characters.");
        }
        return userKey;
    }
}
