package io.hindsight.incident;

/**
 * Port: keeps the host's own record of an incident in step with Hindsight's state (in Jira: the workflow status and
 * the severity field of the issue).
 *
 * <p>Called after Hindsight has decided and recorded a change, inside the same transaction: throwing rolls the change
 * back. The host must apply the change without calling back into Hindsight for it (its workflow validators and
 * listeners should recognise the change as Hindsight's own), or the change would be checked and recorded twice.
 */
public interface IncidentMirror {

    /**
     * @param before the state before the change; {@code null} when the incident was just declared
     * @param after  the state after it
     */
    void changed(IncidentState before, IncidentState after, String actorKey);
}
