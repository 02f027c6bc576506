package io.hindsight.platform;

import java.util.Optional;

/** Port: the name people know a user by, from the host user key; empty when the host does not know the key. */
public interface DisplayNames {

    Optional<String> of(String userKey);
}
