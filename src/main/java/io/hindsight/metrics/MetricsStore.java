package io.hindsight.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Port: the metrics, aggregated where the incidents are stored. Every method takes the projects the caller may see and
 * applies them in the query itself; no method loads all incidents.
 */
public interface MetricsStore {

    /** The largest page any list answers. */
    int MAX_PAGE = 500;

    MetricsReport report(MetricsFilter filter);

    /**
     * The keys behind {@code figure} (incident keys, or action-item keys for the action-item figures), in id order,
     * after {@code cursor} (from the previous page; {@code null} for the first), at most {@code limit}.
     */
    Page<String> trace(Figure figure, MetricsFilter filter, String cursor, int limit);

    /** Action items of the visible projects, overdue first, then by due instant; optionally of one owner only. */
    Page<ActionItemLine> actionItems(Set<String> projectKeys, String ownerKey, boolean overdueOnly,
            Instant now, String cursor, int limit);

    /** Owners by overdue then open action items, at most {@code limit}. */
    List<OwnerLoad> owners(Set<String> projectKeys, Instant now, int limit);

    /** Open incidents, most severe first, at most {@code limit}. */
    List<OpenIncident> openIncidents(Set<String> projectKeys, int limit);

    /** Unpublished post-mortems with a running deadline, soonest due first, at most {@code limit}. */
    List<OpenIncident> postmortemsDue(Set<String> projectKeys, int limit);

    /** The rollup rows of the visible projects for the days {@code from} to {@code to}, both included. */
    List<DailyRollup> daily(Set<String> projectKeys, LocalDate from, LocalDate to);

    /**
     * Claims one run of the rollup job for the whole cluster; false when another node claimed {@code runKey} first.
     */
    boolean claimRollupRun(String runKey, Instant at);

    /** Brings the rollups up to date with the incident changes stored since the last refresh; answers rows rewritten. */
    int refreshRollups();

    /** Recomputes every rollup from scratch: the repair for anything the incremental refresh cannot see. */
    int rebuildRollups();
}
