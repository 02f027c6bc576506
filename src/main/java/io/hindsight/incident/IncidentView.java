package io.hindsight.incident;

import java.time.Instant;
import java.util.List;

/**
 * An incident as a reader sees it now: its state, its key instants with the timeline-derived ones read afresh, its
 * deadlines with their status, the transitions it can take, and what its severity's policy requires.
 */
public record IncidentView(IncidentState state, KeyInstants keyInstants, List<DeadlineView> deadlines,
        List<IncidentTransition> availableTransitions, SeverityPolicy severityPolicy) {

    public IncidentView {
        deadlines = List.copyOf(deadlines);
        availableTransitions = List.copyOf(availableTransitions);
    }

    static IncidentView of(IncidentState state, KeyInstants keyInstants, ResponsePolicy policy, Instant now) {
        List<DeadlineView> deadlines = state.deadlines().all().stream()
                .map(deadline -> DeadlineView.of(deadline, policy.of(deadline.clock()), now))
                .toList();
        return new IncidentView(state, keyInstants, deadlines, IncidentLifecycle.available(state, policy),
                policy.of(state.severity()));
    }
}
