package io.hindsight.ingest;

import io.hindsight.incident.IncidentDirectory;
import io.hindsight.incident.IncidentRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which incident each signal of a delivery belongs to: the one it names ({@code hindsight_incident}), or
 * the open incident of the group its first matching rule puts it in, declared on the spot for a firing alert or a
 * triggered page when the group has none. Each incident and group is looked up once per delivery.
 *
 * <p>Declaring is guarded by a claim row per group and generation ({@link IncidentClaims}): of concurrent
 * deliveries on any nodes, one wins the claim and declares; the others wait for its incident. A claim whose winner
 * vanished without declaring is taken over after {@link #STALE_CLAIM}.
 */
final class IncidentRouter {

    static final Duration STALE_CLAIM = Duration.ofMinutes(2);
    static final Duration POLL = Duration.ofMillis(100);
    static final int MAX_POLLS = 50;

    private final IncidentDirectory directory;
    private final IncidentClaims claims;
    private final IncidentDeclarer declarer;
    private final Clock clock;

    IncidentRouter(IncidentDirectory directory, IncidentClaims claims, IncidentDeclarer declarer, Clock clock) {
        this.directory = directory;
        this.claims = claims;
        this.declarer = declarer;
        this.clock = clock;
    }

    RoutingPlan plan(IngestSource source, List<Signal> signals) {
        RoutingPlan plan = new RoutingPlan();
        Map<String, Optional<IncidentRef>> byKey = new HashMap<>();
        Map<IncidentGroup, Optional<IncidentRef>> byGroup = new HashMap<>();
        for (Signal signal : signals) {
            if (signal.incidentKey() != null) {
                routeByKey(source, signal, byKey, plan);
            } else {
                routeByRule(source, signal, byGroup, plan);
            }
        }
        return plan;
    }

    private void routeByKey(IngestSource source, Signal signal, Map<String, Optional<IncidentRef>> byKey,
            RoutingPlan plan) {
        String key = signal.incidentKey();
        if (!SignalText.isIncidentKey(key)) {
            plan.unrouted(signal, "'" + SignalText.echo(key) + "' is not an incident key such as OPS-12");
            return;
        }
        Optional<IncidentRef> incident = byKey.computeIfAbsent(key, directory::findByKey);
        if (incident.isEmpty()) {
            plan.unrouted(signal, "no incident " + key + " exists");
        } else if (!source.settings().allowsProject(incident.get().projectKey())) {
            plan.unrouted(signal, key + " is in a project this source may not write to");
        } else {
            plan.add(incident.get(), signal);
        }
    }

    private void routeByRule(IngestSource source, Signal signal, Map<IncidentGroup, Optional<IncidentRef>> byGroup,
            RoutingPlan plan) {
        RoutingRule rule = source.settings().rules().stream().filter(r -> r.matches(signal.labels())).findFirst()
                .orElse(null);
        if (rule == null) {
            plan.unrouted(signal, "names no incident and matches no routing rule");
            return;
        }
        IncidentGroup group = rule.groupOf(signal.labels());
        Optional<IncidentRef> incident = byGroup.get(group);
        if (incident == null || (incident.isEmpty() && signal.canDeclare() && rule.declare())) {
            incident = incidentOf(group, rule, signal, source, plan);
            byGroup.put(group, incident);
        }
        if (incident.isPresent()) {
            plan.add(incident.get(), signal);
        } else {
            plan.unrouted(signal, "group " + group + " of rule '" + rule.name() + "' has no open incident"
                    + (rule.declare() ? ", and only a firing alert or a triggered page declares one"
                            : ", and the rule does not declare one"));
        }
    }

    /** The group's open incident, declared now when the signal may; empty when there is none. */
    private Optional<IncidentRef> incidentOf(IncidentGroup group, RoutingRule rule, Signal signal,
            IngestSource source, RoutingPlan plan) {
        boolean mayDeclare = signal.canDeclare() && rule.declare();
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            Optional<IncidentClaim> latest = claims.latest(group);
            if (latest.isPresent() && latest.get().settled()) {
                Optional<IncidentRef> open = directory.findByKey(latest.get().incidentKey()).filter(declarer::isOpen);
                if (open.isPresent()) {
                    return open;
                }
            } else if (latest.isPresent() && latest.get().pending() && !isStale(latest.get())) {
                pause();
                continue;
            }
            if (!mayDeclare) {
                return Optional.empty();
            }
            int next = latest.map(claim -> claim.generation() + 1).orElse(1);
            if (claims.tryClaim(group, next, clock.instant())) {
                IncidentRef declared = declare(group, next, rule, signal, source);
                plan.declared(declared);
                return Optional.of(declared);
            }
            // Another delivery claimed this generation first; its claim is the newest now.
        }
        throw new DeliveryRejectedException(503, "declaring_elsewhere", "Another delivery is declaring the incident of "
                + group + "; retry shortly.", 5);
    }

    private IncidentRef declare(IncidentGroup group, int generation, RoutingRule rule, Signal signal,
            IngestSource source) {
        IncidentRef incident;
        try {
            incident = declarer.declare(group.projectKey(), rule.severityFor(signal.labels()), signal.summary(),
                    "Declared by Hindsight: " + source.name() + " rule '" + rule.name() + "' matched " + signal.summary(),
                    source.createdBy());
        } catch (RuntimeException failure) {
            claims.abandon(group, generation);
            throw failure;
        }
        claims.settle(group, generation, incident);
        return incident;
    }

    private boolean isStale(IncidentClaim claim) {
        return claim.claimedAt().plus(STALE_CLAIM).isBefore(clock.instant());
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeliveryRejectedException(503, "interrupted", "The delivery was interrupted; retry.", 5);
        }
    }
}
