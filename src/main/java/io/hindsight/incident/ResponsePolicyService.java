package io.hindsight.incident;

import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Reads and edits the response policy. Who may edit is the host's decision (the REST layer admits admins only);
 * every edit is a new revision that names its author, so the policy's history is kept.
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class ResponsePolicyService {

    private final ResponsePolicyStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ResponsePolicyService(ResponsePolicyStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The policy in force: the newest saved revision, or the built-in default. */
    public StoredResponsePolicy current() {
        return store.current().orElseGet(StoredResponsePolicy::builtIn);
    }

    /**
     * Saves an edited policy as the current user. Deadlines already running keep the due instants they were given;
     * the edit applies to clocks that start from now on.
     *
     * @throws ResponsePolicyChangedException when {@code basedOnRevision} is no longer the newest (409)
     */
    public StoredResponsePolicy update(ResponsePolicy policy, int basedOnRevision) {
        String admin = currentUser.requireUserKey();
        if (policy == null) {
            throw new InvalidInputException(null, "The request needs the whole policy.");
        }
        if (basedOnRevision != current().revision()) {
            throw new ResponsePolicyChangedException(basedOnRevision);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return store.save(policy, basedOnRevision, admin, now);
    }
}
