package io.hindsight.actionitem;

import java.time.Instant;

/**
 * Port: who already sent which reminder, shared by every node of the cluster, so a reminder goes out once per
 * interval however many nodes run the job and however often they restart.
 */
public interface ReminderClaims {

    /** Claims the reminder {@code claimKey}; false when it was claimed before (on this node or another). */
    boolean claim(String claimKey, Instant at);

    /** Gives a claim back after its mail could not be sent, so that the next run tries again. */
    void release(String claimKey);

    /** Forgets claims made before {@code before}, which no later run can collide with; answers how many. */
    int forgetBefore(Instant before);
}
