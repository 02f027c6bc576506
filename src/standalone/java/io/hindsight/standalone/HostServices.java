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
    final IngestService ingest;
    final IngestSourceService ingestAdmin;
    private final IncidentEvents events;
    private final KeyInstantResolver resolver;
    private final AoIncidentStateStore states;
    private final AoTransactions transactions;

    HostServices(ActiveObjects ao, LocalUsers users, CurrentUser currentUser, Clock clock, Path dataDir) {
        incidents = new StandaloneIncidentDirectory(ao);
        timelineStore = new AoTimelineStore(ao);
        IncidentAccess access = new IncidentAccess(incidents, new StandalonePermissions(users), currentUser);
        timeline = new TimelineService(access, timelineStore, currentUser, clock);
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
        // Signing secrets are sealed under a key kept in the data directory, beside (not inside) the database.
        AoIngestSourceStore sources = new AoIngestSourceStore(ao, SecretBox.withKeyFile(dataDir.resolve("ingest-secrets.key")));
        RejectedDeliveryLog rejections = new AoRejectedDeliveryLog(ao);
        ingest = new IngestService(sources, rejections, incidents, new AoIncidentClaims(ao),
                new LifecycleIncidentDeclarer(creator, changesOn(clock), states), timeline, new JacksonPayloadParser(),
                new DeliveryRateLimiter(), clock);
        ingestAdmin = new IngestSourceService(sources, rejections, currentUser, clock);
    }

    /** The incident use cases on another clock: sample data replays each step at the time it happened. */
    IncidentChanges changesOn(Clock clock) {
        return new IncidentChanges(states, events, resolver, policies, incidents, transactions, clock);
    }
}
