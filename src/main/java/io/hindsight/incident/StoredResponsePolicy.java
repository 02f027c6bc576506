package io.hindsight.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * A revision of the response policy: revision 0 is the built-in default, each admin edit adds the next one.
 *
 * @param changedBy the admin's user key; {@code null} for the default
 * @param changedAt when the revision was saved; {@code null} for the default
 */
public record StoredResponsePolicy(int revision, ResponsePolicy policy, String changedBy, Instant changedAt) {

    public StoredResponsePolicy {
        Objects.requireNonNull(policy, "policy");
    }

    public static StoredResponsePolicy builtIn() {
        return new StoredResponsePolicy(0, ResponsePolicy.defaults(), null, null);
    }
}
