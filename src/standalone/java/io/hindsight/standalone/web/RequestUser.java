package io.hindsight.standalone.web;

import io.hindsight.platform.CurrentUser;
import io.hindsight.standalone.users.LocalUser;
import java.util.Optional;

/**
 * The signed-in user of the request being served, set by {@link BasicAuthFilter} for the request's thread
 * (Jetty serves each request on one thread from start to end).
 */
public final class RequestUser implements CurrentUser {

    private static final ThreadLocal<LocalUser> CURRENT = new ThreadLocal<>();

    @Override
    public Optional<String> userKey() {
        return current().map(LocalUser::key);
    }

    public static Optional<LocalUser> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(LocalUser user) {
        CURRENT.set(user);
    }

    static void clear() {
        CURRENT.remove();
    }
}
