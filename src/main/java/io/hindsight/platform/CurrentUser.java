package io.hindsight.platform;

import java.util.Optional;

/** Port: who is making the current request, as a host user key (never a username or an email). */
public interface CurrentUser {

    /** The signed-in user's key, or empty for an anonymous request. */
    Optional<String> userKey();

    /** The signed-in user's key; anonymous callers get {@link UnauthenticatedException}. */
    default String requireUserKey() {
        return userKey().orElseThrow(UnauthenticatedException::new);
    }
}
