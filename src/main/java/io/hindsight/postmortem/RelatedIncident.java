package io.hindsight.postmortem;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An earlier incident that looks related, and why (for example "same service and cause: payments-api"). */
public record RelatedIncident(String key, String summary, Instant resolvedAt, String relation) {

    public RelatedIncident {
        Objects.requireNonNull(key, "key");
        summary = summary == null ? "" : summary;
        relation = relation == null ? "" : relation;
    }

    public Optional<Instant> resolvedAtIfKnown() {
        return Optional.ofNullable(resolvedAt);
    }
}
