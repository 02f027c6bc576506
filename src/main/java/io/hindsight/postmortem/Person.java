package io.hindsight.postmortem;

import java.util.Objects;

/** Someone involved in the incident: the host user key (used in mentions) and the name people know them by. */
public record Person(String userKey, String displayName) {

    public Person {
        Objects.requireNonNull(userKey, "userKey");
        if (userKey.isBlank()) {
            throw new IllegalArgumentException("A person needs a user key.");
        }
        displayName = displayName == null || displayName.isBlank() ? userKey : displayName;
    }
}
