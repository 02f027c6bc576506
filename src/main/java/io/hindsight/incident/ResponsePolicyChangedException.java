package io.hindsight.incident;

import io.hindsight.platform.ConflictException;

/** An edit of the response policy was based on a revision that is no longer the newest (409). */
public final class ResponsePolicyChangedException extends ConflictException {

    public ResponsePolicyChangedException(int basedOnRevision) {
        super("policy_changed", "The severity policy changed since revision " + basedOnRevision
                + " was read; load it again and repeat the edit.");
    }
}
