package io.hindsight.metrics;

import java.util.Optional;

/**
 * Port: the causes of reviewed incidents, and which earlier incident each repeats. The post-mortem adapter records a
 * cause when a post-mortem is published; the match is made then, against earlier incidents of the same service, and
 * stored, so the repeat figure is a count in SQL.
 */
public interface IncidentCauses {

    /** How many earlier incidents of the same service a match looks at, newest first. */
    int CANDIDATES = 200;

    /** Stores (or replaces) the cause and answers the incident it repeats, by key. */
    Optional<String> record(IncidentCause cause);
}
