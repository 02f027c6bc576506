package io.hindsight.metrics;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an incident's review found it was about: the affected service, cause labels (e.g. {@code config},
 * {@code capacity}) and the root-cause text. Fed from the post-mortem when it is recorded; repeat incidents are
 * matched on it. Service and labels are compared lower-case and trimmed.
 */
public record IncidentCause(long incidentId, String incidentKey, String projectKey, String service,
        Set<String> labels, String rootCause, Instant declaredAt) {

    public IncidentCause {
        Objects.requireNonNull(incidentKey, "incidentKey");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(declaredAt, "declaredAt");
        service = service == null ? "" : service.trim().toLowerCase(Locale.ROOT);
        Set<String> normalised = new TreeSet<>();
        for (String label : labels == null ? Set.<String>of() : labels) {
            if (label != null && !label.isBlank()) {
                normalised.add(label.trim().toLowerCase(Locale.ROOT));
            }
        }
        labels = Set.copyOf(normalised);
        rootCause = rootCause == null ? "" : rootCause;
    }
}
