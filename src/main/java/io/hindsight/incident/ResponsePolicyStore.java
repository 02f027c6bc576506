package io.hindsight.incident;

import java.time.Instant;
import java.util.Optional;

/** Port: durable storage of the response policy's revisions, shared by every node of a cluster. */
public interface ResponsePolicyStore {

    /** The newest saved revision, or empty while the site runs on the built-in default. */
    Optional<StoredResponsePolicy> current();

    /**
     * Saves {@code policy} as revision {@code basedOnRevision + 1}.
     *
     * @throws ResponsePolicyChangedException when that revision exists already: someone saved in between
     */
    StoredResponsePolicy save(ResponsePolicy policy, int basedOnRevision, String changedBy, Instant changedAt);
}
