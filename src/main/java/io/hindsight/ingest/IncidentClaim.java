package io.hindsight.ingest;

import java.time.Instant;

/**
 * The record that one delivery won the right to declare the incident of a group (one generation of it), and,
 * once declared, which incident that is. A new generation starts when the group's incident is no longer open.
 *
 * @param incidentKey {@code null} while the winner is still declaring
 * @param abandoned   the declaration failed; the next generation may be claimed at once
 */
public record IncidentClaim(int generation, Instant claimedAt, String incidentKey, boolean abandoned) {

    public boolean settled() {
        return incidentKey != null;
    }

    public boolean pending() {
        return incidentKey == null && !abandoned;
    }
}
