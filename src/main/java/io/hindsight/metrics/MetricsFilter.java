package io.hindsight.metrics;

import io.hindsight.incident.Severity;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which incidents a figure covers: those declared in {@code [from, to)} in one of {@code projectKeys} (already cut down
 * to the projects the caller may see), of {@code severity} when given. Severity is the incident's current one: the
 * level it ended at after any change, which is also what its post-mortem deadline follows.
 *
 * @param severity {@code null} for every severity
 * @param now      the instant deadlines and ages are judged at
 */
public record MetricsFilter(Set<String> projectKeys, Instant from, Instant to, Severity severity, Instant now) {

    public MetricsFilter {
        projectKeys = Set.copyOf(projectKeys);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(now, "now");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("empty period " + from + " .. " + to);
        }
    }

    public MetricsFilter withSeverity(Severity value) {
        return new MetricsFilter(projectKeys, from, to, value, now);
    }
}
