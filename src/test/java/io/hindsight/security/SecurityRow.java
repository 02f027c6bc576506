package io.hindsight.security;

import java.util.Set;

/**
 * One row of the security table: an endpoint, who may use it ({@link Guard}), a request that the right user may
 * send (the sample path with its query, and a valid JSON body for writes), and the body fields that legitimately
 * take long text.
 *
 * @param samplePath path below {@code /rest/hindsight/1.0}; {@code %ID%} stands for a timeline entry of the
 *                   incident, {@code %ISSUE%} for one of its follow-up issues
 */
record SecurityRow(String endpoint, Guard guard, String samplePath, String body, Set<String> longTextFields) {

    /** Who may use an endpoint, and what everyone else must get. */
    enum Guard {
        /** Reads an incident: anonymous 401; a user who may not see it 404, as for an unknown incident. */
        INCIDENT_VIEW,
        /** Changes an incident: as {@link #INCIDENT_VIEW}, and 403 for a user who may only see it. */
        INCIDENT_EDIT,
        /** Administrators only: anonymous 401, everyone else 403. */
        ADMIN,
        /** Any signed-in user, who sees only the projects they may browse: anonymous 401. */
        SIGNED_IN_FILTERED,
        /** A webhook: no Basic sign-in counts, only the source's own secret (401 without it). */
        WEBHOOK
    }

    static SecurityRow read(String endpoint, Guard guard, String samplePath) {
        return new SecurityRow(endpoint, guard, samplePath, null, Set.of());
    }

    static SecurityRow write(String endpoint, Guard guard, String samplePath, String body, String... longTextFields) {
        return new SecurityRow(endpoint, guard, samplePath, body, Set.of(longTextFields));
    }

    String method() {
        return endpoint.substring(0, endpoint.indexOf(' '));
    }
}
