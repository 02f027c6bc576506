package io.hindsight.postmortem.workflow;

import java.util.Optional;

/** Port: the name people know a user by, from the host user key; empty when the host does not know the key. */
public interface PeopleNames {

    /** For hosts that show user keys as they are. */
    PeopleNames KEYS_ONLY = userKey -> Optional.empty();

    Optional<String> displayNameOf(String userKey);
}
