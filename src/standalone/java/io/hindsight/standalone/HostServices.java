package io.hindsight.standalone;

import io.hindsight.ingest.DeliveryRateLimiter;
import io.hindsight.ingest.IngestService;
import io.hindsight.ingest.IngestSourceService;
import io.hindsight.ingest.LifecycleIncidentDeclarer;
import io.hindsight.ingest.RejectedDeliveryLog;
import io.hindsight.ingest.ao.AoIncidentClaims;
import io.hindsight.ingest.ao.AoIngestSourceStore;
import io.hindsight.ingest.ao.AoRejectedDeliveryLog;
import io.hindsight.ingest.ao.SecretBox;
import io.hindsight.ingest.rest.JacksonPayloadParser;
import java.nio.file.Path;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.ActionItemService;
import io.hindsight.actionitem.ReminderJob;
import io.hindsight.actionitem.ao.AoReminderClaims;
import io.hindsight.actionitem.ao.AoActionItemMirror;
import io.hindsight.incident.DeadlineJob;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentChanges;
import io.hindsight.incident.IncidentCreator;
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
import io.hindsight.platform.DisplayNames;
import io.hindsight.platform.ao.AoTransactions;
import io.hindsight.standalone.incidents.StandaloneIncidentDirectory;
import io.hindsight.standalone.notify.OutboxNotifier;
import io.hindsight.standalone.users.LocalUsers;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineStore;
import io.hindsight.timeline.ao.AoTimelineStore;
import io.hindsight.timeline.TimelinePinService;
import io.hindsight.timeline.TimelineVersionService;
import io.hindsight.timeline.ao.AoTimelinePins;
import io.hindsight.timeline.ao.AoTimelineVersions;
import io.hindsight.actionitem.FollowUpService;
import io.hindsight.actionitem.FollowUpSettings;
import io.hindsight.postmortem.PostmortemComposer;
import io.hindsight.postmortem.workflow.IncidentServicePostmortems;
import io.hindsight.postmortem.workflow.PeopleNames;
import io.hindsight.postmortem.workflow.PostmortemSources;
import io.hindsight.postmortem.workflow.PostmortemWorkflow;
import io.hindsight.standalone.followups.FollowUpTransitions;
import io.hindsight.standalone.followups.MirroringFollowUpTracker;
import io.hindsight.standalone.followups.StandaloneActionItemTracker;
import io.hindsight.standalone.followups.StandaloneFollowUpTracker;
import io.hindsight.standalone.pages.StandalonePagePermissions;
import io.hindsight.standalone.pages.StandalonePages;
import io.hindsight.standalone.users.LocalUser;
import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The product's services wired the way the embedded host runs them: Active Objects stores, the host's own directory,
 * permissions, creator and outbox, one clock. What Spring Scanner does in Jira, by hand.
 */
final class HostServices {

    final StandaloneIncidentDirectory incidents;
    final TimelineStore timelineStore;
    final TimelineService timeline;
    final TimelinePinService timelinePins;
    final TimelineVersionService timelineVersions;
    final IncidentService incidentService;
    final ResponsePolicyService policies;
    final DeadlineJob deadlineJob;
    final OutboxNotifier outbox;
    final IngestService ingest;
    final IngestSourceService ingestAdmin;
    final StandaloneFollowUpTracker followUps;
    final FollowUpTransitions followUpTransitions;
    final PostmortemWorkflow postmortems;
    final PeopleNames names;
    final DisplayNames displayNames;
    final MetricsService metrics;
    final RollupJob rollupJob;
    final ActionItemMirror actionItems;
    final IncidentCauses causes;
    final ActionItemService actionItemService;
    final ReminderJob reminderJob;
    private final IncidentEvents events;
    private final KeyInstantResolver resolver;
    private final AoIncidentStateStore states;
    private final AoTransactions transactions;

    /** The Jira-like project the embedded host files follow-up issues in (ACT-1, ACT-2, …). */
    static final String FOLLOW_UP_PROJECT = "ACT";

    HostServices(ActiveObjects ao, LocalUsers users, CurrentUser currentUser, Clock clock, Supplier<URI> baseUrl,
            Path dataDir) {
        incidents = new StandaloneIncidentDirectory(ao);
        timelineStore = new AoTimelineStore(ao);
        IncidentAccess access = new IncidentAccess(incidents, new StandalonePermissions(users), currentUser);
        timeline = new TimelineService(access, timelineStore, currentUser, clock);
        timelinePins = new TimelinePinService(access, timelineStore, new AoTimelinePins(ao), currentUser, clock);
        timelineVersions = new TimelineVersionService(access, new AoTimelineVersions(ao));
        events = new IncidentEvents(timeline);
        resolver = new KeyInstantResolver(timelineStore);
        policies = new ResponsePolicyService(new AoResponsePolicyStore(ao), currentUser, clock);
        states = new AoIncidentStateStore(ao);
        transactions = new AoTransactions(ao);
        IncidentCreator creator = new StandaloneIncidentCreator(incidents, users);
        incidentService = new IncidentService(access, creator, changesOn(clock), resolver, policies, currentUser,
                clock);
        outbox = new OutboxNotifier(ao, clock);
        deadlineJob = new DeadlineJob(states, new AoBreachClaims(ao), events, outbox, policies, transactions, clock);
        names = userKey -> users.byKey(userKey).map(LocalUser::displayName);
        displayNames = names::displayNameOf;
        followUps = new StandaloneFollowUpTracker(ao, incidents);
        actionItems = new AoActionItemMirror(ao);
        followUpTransitions = new FollowUpTransitions(followUps, access, actionItems, clock);
        FollowUpService followUpService = new FollowUpService(new MirroringFollowUpTracker(followUps, incidents,
                actionItems, name -> users.all().stream().filter(user -> user.username().equals(name))
                        .map(LocalUser::key).findFirst(), clock),
                userKey -> users.byKey(userKey).map(LocalUser::username), clock);
        PostmortemSources sources = new PostmortemSources(incidentService, timeline, names);
        postmortems = new PostmortemWorkflow(
                new IncidentServicePostmortems(incidentService, sources,
                        key -> baseUrl.get().resolve("/incidents/" + key).toString()),
                new StandalonePages(ao, baseUrl, currentUser, clock),
                new StandalonePagePermissions(incidents, users, currentUser),
                new PostmortemComposer(clock), followUpService,
                incidentKey -> FollowUpSettings.inProject(FOLLOW_UP_PROJECT));
        // Signing secrets are sealed under a key kept in the data directory, beside (not inside) the database.
        AoIngestSourceStore ingestSources = new AoIngestSourceStore(ao, SecretBox.withKeyFile(dataDir.resolve("ingest-secrets.key")));
        RejectedDeliveryLog rejections = new AoRejectedDeliveryLog(ao);
        ingest = new IngestService(ingestSources, rejections, incidents, new AoIncidentClaims(ao),
                new LifecycleIncidentDeclarer(creator, changesOn(clock), states), timeline, new JacksonPayloadParser(),
                new DeliveryRateLimiter(), clock);
        ingestAdmin = new IngestSourceService(ingestSources, rejections, currentUser, clock);
        AoMetricsStore metricsStore = new AoMetricsStore(ao);
        metrics = new MetricsService(metricsStore, new StandaloneProjectVisibility(users), currentUser, clock);
        rollupJob = new RollupJob(metricsStore, clock);
        causes = new AoIncidentCauses(ao);
        actionItemService = new ActionItemService(access, new StandaloneActionItemTracker(followUps, users),
                incident -> FollowUpSettings.inProject(FOLLOW_UP_PROJECT), actionItems, timeline, currentUser, clock);
        reminderJob = new ReminderJob(actionItems, states, new AoReminderClaims(ao), outbox,
                () -> ReminderJob.DEFAULT_INTERVAL, clock);
    }

    /** The incident use cases on another clock: sample data replays each step at the time it happened. */
    IncidentChanges changesOn(Clock clock) {
        return new IncidentChanges(states, events, resolver, policies, incidents, transactions, clock);
    }
}
