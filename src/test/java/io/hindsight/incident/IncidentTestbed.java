package io.hindsight.incident;

import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.InlineTransactions;
import io.hindsight.platform.MutableClock;
import io.hindsight.platform.NotFoundException;
import io.hindsight.timeline.InMemoryTimelineStore;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The incident services wired for tests above storage: real domain, services and timeline service; in-memory stores,
 * a hand-set clock, and a directory whose {@link IncidentCreator} checks the same grants as its permissions.
 */
public final class IncidentTestbed {

    public static final Instant START = Instant.parse("2026-06-01T10:00:00Z");
    public static final String EDITOR = "u-editor";
    public static final String VIEWER = "u-viewer";
    public static final String OUTSIDER = "u-outsider";
    public static final String ADMIN = "u-admin";

    public final MutableClock clock = new MutableClock(START);
    public final CurrentUser currentUser;
    public final InMemoryIncidentDirectory directory = new InMemoryIncidentDirectory();
    public final GrantedPermissions permissions = new GrantedPermissions()
            .grant(EDITOR, "OPS", GrantedPermissions.Level.EDIT)
            .grant(VIEWER, "OPS", GrantedPermissions.Level.VIEW)
            .grant(OUTSIDER, "SEC", GrantedPermissions.Level.EDIT)
            .grant(ADMIN, "OPS", GrantedPermissions.Level.EDIT);
    public final InMemoryTimelineStore timelineStore = new InMemoryTimelineStore();
    public final InMemoryIncidentStateStore states = new InMemoryIncidentStateStore();
    public final InMemoryResponsePolicyStore policyStore = new InMemoryResponsePolicyStore();
    public final InMemoryBreachClaims claims = new InMemoryBreachClaims();
    public final RecordingNotifier notifier = new RecordingNotifier();
    public final RecordingMirror mirror = new RecordingMirror();
    public final InlineTransactions transactions = new InlineTransactions();
    public final IncidentAccess access;
    public final TimelineService timeline;
    public final IncidentEvents events;
    public final KeyInstantResolver resolver;
    public final ResponsePolicyService policies;
    public final IncidentChanges changes;
    public final DirectoryCreator creator;
    public final IncidentService service;
    public final DeadlineJob deadlineJob;

    /** Wired to a settable current user, changed with {@link #as}. */
    public IncidentTestbed() {
        this(new SettableCurrentUser());
    }

    /** Wired to the given current user, such as the REST tests' header sign-in. */
    public IncidentTestbed(CurrentUser currentUser) {
        this.currentUser = currentUser;
        access = new IncidentAccess(directory, permissions, currentUser);
        timeline = new TimelineService(access, timelineStore, currentUser, clock);
        events = new IncidentEvents(timeline);
        resolver = new KeyInstantResolver(timelineStore);
        policies = new ResponsePolicyService(policyStore, currentUser, clock);
        changes = new IncidentChanges(states, events, resolver, policies, mirror, transactions, clock);
        creator = new DirectoryCreator();
        service = new IncidentService(access, creator, changes, resolver, policies, currentUser, clock);
        deadlineJob = new DeadlineJob(states, claims, events, notifier, policies, transactions, clock);
    }

    /** Declares an incident in OPS as {@link #EDITOR} through the service, as REST would. */
    public IncidentView declare(Severity severity) {
        return as(EDITOR).service.declare(new DeclareIncidentCommand("OPS", "Checkout returns 502", severity, null,
                null, false, null));
    }

    public IncidentTestbed as(String userKey) {
        ((SettableCurrentUser) currentUser).set(userKey);
        return this;
    }

    /** Every visible entry of the incident's timeline, oldest first. */
    public List<TimelineEvent> timelineOf(IncidentRef incident) {
        return timelineStore.page(incident.id(), TimelineQuery.firstPage(TimelineQuery.Order.OLDEST_FIRST,
                TimelineQuery.MAX_LIMIT)).events();
    }

    /** The signed-in user of the test, changed with {@link #as}. */
    public static final class SettableCurrentUser implements CurrentUser {

        private volatile String userKey;

        public void set(String value) {
            this.userKey = value;
        }

        @Override
        public Optional<String> userKey() {
            return Optional.ofNullable(userKey);
        }
    }

    /** Creates incidents in {@link #directory}, in the projects OPS and SEC, for users who may edit the project. */
    public final class DirectoryCreator implements IncidentCreator {

        private final AtomicLong nextId = new AtomicLong(10_001);
        private final Set<String> projects = Set.of("OPS", "SEC");
        private volatile NewIncident last;

        @Override
        public IncidentRef create(String creatorKey, NewIncident incident) {
            long id = nextId.getAndIncrement();
            IncidentRef probe = new IncidentRef(id, incident.projectKey() + "-" + (id - 10_000), incident.projectKey(),
                    incident.summary());
            if (!projects.contains(incident.projectKey()) || !permissions.canView(creatorKey, probe)) {
                throw new NotFoundException("No project " + incident.projectKey() + ".");
            }
            if (!permissions.canEdit(creatorKey, probe)) {
                throw new ForbiddenException("You may not create incidents in " + incident.projectKey() + ".");
            }
            directory.with(probe);
            last = incident;
            return probe;
        }

        /** What the last successful call asked for, or {@code null}. */
        public NewIncident last() {
            return last;
        }
    }
}
