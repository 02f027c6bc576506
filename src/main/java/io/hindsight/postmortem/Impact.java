package io.hindsight.postmortem;

import java.util.List;

/**
 * What the incident cost, as recorded on the incident: free text for users affected, revenue and the SLO or
 * error budget (each may be missing), and the services involved.
 */
public record Impact(String usersAffected, List<String> services, String revenue, String sloErrorBudget) {

    public Impact {
        services = List.copyOf(services);
    }

    public static Impact unrecorded() {
        return new Impact(null, List.of(), null, null);
    }
}
