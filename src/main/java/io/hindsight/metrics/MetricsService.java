package io.hindsight.metrics;

import io.hindsight.incident.Severity;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The metrics as a signed-in user asks for them: every figure is limited to the projects the user may see, and to the
 * project asked for when one is. Issue-level security is not applied here; see {@link ProjectVisibility}.
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class MetricsService {

    /** The default period when none is given: the last 90 days. */
    static final Duration DEFAULT_PERIOD = Duration.ofDays(90);
    static final Duration MAX_PERIOD = Duration.ofDays(3 * 366);
    static final int DEFAULT_PAGE = 50;

    private final MetricsStore store;
    private final ProjectVisibility visibility;
    private final CurrentUser currentUser;
    private final Clock clock;

    public MetricsService(MetricsStore store, ProjectVisibility visibility, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Errors: 400 for a period that is empty, reversed or longer than three years; 401 for anonymous callers. */
    public MetricsReport report(String projectKey, Instant from, Instant to, Severity severity) {
        return store.report(filter(projectKey, from, to, severity));
    }

    /** Errors: those of {@link #report}; 400 for a page size out of 1..{@value MetricsStore#MAX_PAGE}. */
    public Page<String> trace(Figure figure, String projectKey, Instant from, Instant to, Severity severity,
            String cursor, Integer limit) {
        return store.trace(figure, filter(projectKey, from, to, severity), cursor, pageSize(limit));
    }

    /** Errors: 401 for anonymous callers; 400 for a page size out of range. */
    public Page<ActionItemLine> actionItems(String ownerKey, boolean overdueOnly, String cursor, Integer limit) {
        return actionItems(null, ownerKey, overdueOnly, cursor, limit);
    }

    /** As above, of the incidents of {@code projectKey} only when given. */
    public Page<ActionItemLine> actionItems(String projectKey, String ownerKey, boolean overdueOnly, String cursor,
            Integer limit) {
        return store.actionItems(visibleProjects(projectKey), ownerKey, overdueOnly, now(), cursor, pageSize(limit));
    }

    public List<OwnerLoad> owners(int limit) {
        return owners(null, limit);
    }

    /** The owners' loads, counting the action items of {@code projectKey}'s incidents only when given. */
    public List<OwnerLoad> owners(String projectKey, int limit) {
        return store.owners(visibleProjects(projectKey), now(), limit);
    }

    public List<OpenIncident> openIncidents(int limit) {
        return openIncidents(null, limit);
    }

    /** The open incidents of the visible projects, of {@code projectKey} only when given. Errors: 401 anonymous. */
    public List<OpenIncident> openIncidents(String projectKey, int limit) {
        return store.openIncidents(visibleProjects(projectKey), limit);
    }

    public List<OpenIncident> postmortemsDue(int limit) {
        return postmortemsDue(null, limit);
    }

    /** The post-mortems due in the visible projects, of {@code projectKey} only when given. Errors: 401 anonymous. */
    public List<OpenIncident> postmortemsDue(String projectKey, int limit) {
        return store.postmortemsDue(visibleProjects(projectKey), limit);
    }

    /** The daily rollups of the period (UTC days), as the trend charts read them. Errors: those of {@link #report}. */
    public List<DailyRollup> daily(String projectKey, Instant from, Instant to) {
        MetricsFilter filter = filter(projectKey, from, to, null);
        return store.daily(filter.projectKeys(), LocalDate.ofInstant(filter.from(), ZoneOffset.UTC),
                LocalDate.ofInstant(filter.to().minusMillis(1), ZoneOffset.UTC));
    }

    private MetricsFilter filter(String projectKey, Instant from, Instant to, Severity severity) {
        Instant now = now();
        Instant end = to == null ? now : to;
        Instant start = from == null ? end.minus(DEFAULT_PERIOD) : from;
        if (!start.isBefore(end)) {
            throw new InvalidInputException("from", "The period must start before it ends.");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw new InvalidInputException("from", "The period can be at most three years long.");
        }
        return new MetricsFilter(visibleProjects(projectKey), start, end, severity, now);
    }

    /** The visible projects, or only {@code projectKey} when given and visible (none when it is not: no leak). */
    private Set<String> visibleProjects(String projectKey) {
        Set<String> visible = new HashSet<>(visibility.visibleProjects(currentUser.requireUserKey()));
        if (projectKey != null) {
            visible.retainAll(Set.of(projectKey));
        }
        return visible;
    }

    private static int pageSize(Integer limit) {
        int size = limit == null ? DEFAULT_PAGE : limit;
        if (size < 1 || size > MetricsStore.MAX_PAGE) {
            throw new InvalidInputException("limit", "A page holds 1 to " + MetricsStore.MAX_PAGE + " entries.");
        }
        return size;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
