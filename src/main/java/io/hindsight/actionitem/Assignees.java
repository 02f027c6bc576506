package io.hindsight.actionitem;

import java.util.Optional;

/** Port: the user name the tracker knows a person by, from the host user key a page mention carries. */
public interface Assignees {

    Optional<String> usernameOf(String userKey);
}
