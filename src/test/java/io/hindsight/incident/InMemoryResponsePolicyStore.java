package io.hindsight.incident;

import java.time.Instant;
import java.util.Optional;

/** A {@link ResponsePolicyStore} in memory: the newest revision only, with the same revision rule as the real one. */
public final class InMemoryResponsePolicyStore implements ResponsePolicyStore {

    private StoredResponsePolicy current;

    @Override
    public synchronized Optional<StoredResponsePolicy> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public synchronized StoredResponsePolicy save(ResponsePolicy policy, int basedOnRevision, String changedBy,
            Instant changedAt) {
        int newest = current == null ? 0 : current.revision();
        if (basedOnRevision != newest) {
            throw new ResponsePolicyChangedException(basedOnRevision);
        }
        current = new StoredResponsePolicy(basedOnRevision + 1, policy, changedBy, changedAt);
        return current;
    }
}
