package io.hindsight.standalone;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.ao.AoActionItemMirror;
import io.hindsight.incident.DeadlineJob;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentEvents;
import io.hindsight.incident.IncidentService;
import io.hindsight.incident.KeyInstantResolver;
import io.hindsight.incident.ResponsePolicyService;
import io.hindsight.incident.ao.AoBreachClaims;
import io.hindsight.incident.ao.AoIncidentStateStore;
import io.hindsight.incident.ao.AoResponsePolicyStore;
import io.hindsight.metrics.IncidentCauses;
import io.hindsight.metrics.MetricsService;
import io.hindsight.metrics.RollupJob;
import io.hindsight.metrics.ao.AoIncidentCauses;
import io.hindsight.metrics.ao.AoMetricsStore;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.ao.AoTransactions;
import io.hindsight.standalone.incidents.StandaloneIncidentDirectory;
import io.hindsight.standalone.notify.OutboxNotifier;
import io.hindsight.standalone.users.LocalUsers;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineStore;
import io.hindsight.timeline.ao.AoTimelineStore;
import java.time.Clock;

/**
 * The product's services wired the way the embedded host runs them: Active Objects stores, the host's own directory,
 * permissions, creator and outbox, one clock. What Spring Scanner does in Jira, by hand.
 */
final class HostServices {

    final StandaloneIncidentDirectory incidents;
    final TimelineStore timelineStore;
    final TimelineService timeline;
    final IncidentService incidentService;
    final ResponsePolicyService policies;
    final DeadlineJob deadlineJob;
    final OutboxNotifier outbox;
    final MetricsService metrics;
    final RollupJob rollupJob;
    final ActionItemMirror actionItems;
    final IncidentCauses causes;
    private final IncidentEvents events;
    private final KeyInstantResolver resolver;
    private final AoIncidentStateStore states;
    private final AoTransactions transactions;

    HostServices(ActiveObjects ao, LocalUsers users, CurrentUser currentUser, Clock clock) {
        incidents = new StandaloneIncidentDirectory(ao);
        timelineStore = new AoTimelineStore(ao);
        IncidentAccess access = new IncidentAccess(incidents, new StandalonePermissions(users), currentUser);
        timeline = new TimelineService(access, timelineStore, currentUser, clock);
        events = new IncidentEvents(timeline);
        resolver = new KeyInstantResolver(timelineStore);
        policies = new ResponsePolicyService(new AoResponsePolicyStore(ao), currentUser, clock);
        states = new AoIncidentStateStore(ao);
        transactions = new AoTransactions(ao);
        incidentService = new IncidentService(access, new StandaloneIncidentCreator(incidents, users),
                changesOn(clock), resolver, policies, currentUser, clock);
        outbox = new OutboxNotifier(ao, clock);
        deadlineJob = new DeadlineJob(states, new AoBreachClaims(ao), events, outbox, policies, transactions, clock);
        AoMetricsStore metricsStore = new AoMetricsStore(ao);
        metrics = new MetricsService(metricsStore, new StandaloneProjectVisibility(users), currentUser, clock);
        rollupJob = new RollupJob(metricsStore, clock);
        actionItems = new AoActionItemMirror(ao);
        causes = new AoIncidentCauses(ao);
    }

    /** The incident use cases on another clock: sample data replays each step at the time it happened. */
    IncidentChanges changesOn(Clock clock) {
        return new IncidentChanges(states, events, resolver, policies, incidents, transactions, clock);
    }
}
