package io.hindsight.standalone.incidents;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.hindsight.incident.IncidentDirectory;
import io.hindsight.incident.IncidentMirror;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentState;
import io.hindsight.platform.ao.WriteConflicts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * The embedded host's incidents, numbered per project like Jira issue keys, stored in Active Objects. Like a Jira
 * issue, each row mirrors Hindsight's severity and status, which the incident list shows.
 */
public final class StandaloneIncidentDirectory implements IncidentDirectory, IncidentMirror {

    private static final int MAX_ATTEMPTS = 10;

    private final ActiveObjects ao;

    public StandaloneIncidentDirectory(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<IncidentRef> findByKey(String key) {
        StandaloneIncidentAo[] found = ao.find(StandaloneIncidentAo.class,
                Query.select().where(StandaloneIncidentAo.ISSUE_KEY + " = ?", key));
        return Arrays.stream(found).findFirst().map(StandaloneIncidentDirectory::toRef);
    }

    /**
     * Creates the next incident of a project (OPS-1, OPS-2, …). Two creations at once may pick the same number; the
     * unique key lets one win, and the other tries again with the next number.
     */
    public IncidentRef create(String projectKey, String summary) {
        return WriteConflicts.retrying(MAX_ATTEMPTS, () -> ao.executeInTransaction(() -> {
            int number = lastNumber(projectKey) + 1;
            StandaloneIncidentAo created = ao.create(StandaloneIncidentAo.class, Map.of(
                    StandaloneIncidentAo.ISSUE_KEY, projectKey + "-" + number,
                    StandaloneIncidentAo.PROJECT_KEY, projectKey,
                    StandaloneIncidentAo.ISSUE_NUMBER, number,
                    StandaloneIncidentAo.SUMMARY, summary));
            return toRef(created);
        }));
    }

    /** Takes over severity and status, as Jira's workflow and severity field would. */
    @Override
    public void changed(IncidentState before, IncidentState after, String actorKey) {
        StandaloneIncidentAo[] rows = ao.find(StandaloneIncidentAo.class,
                Query.select().where("ID = ?", (int) after.incidentId()));
        if (rows.length == 0) {
            throw new IllegalStateException("No incident " + after.incident().key() + " to mirror");
        }
        rows[0].setSeverity(after.severity().code());
        rows[0].setIncidentStatus(after.status().label());
        rows[0].save();
    }

    /** Newest first, at most {@code limit}, with the mirrored severity and status; the caller filters by permission. */
    public List<ListedIncident> listed(int limit) {
        StandaloneIncidentAo[] found = ao.find(StandaloneIncidentAo.class,
                Query.select().order("ID DESC").limit(limit));
        return Arrays.stream(found).map(row -> new ListedIncident(toRef(row), row.getSeverity(),
                row.getIncidentStatus())).toList();
    }

    /** An incident as the list shows it; severity and status are {@code null} until Hindsight tracks it. */
    public record ListedIncident(IncidentRef incident, String severity, String status) {
    }

    /** Newest first, at most {@code limit}; the caller filters by permission. */
    public List<IncidentRef> recent(int limit) {
        StandaloneIncidentAo[] found = ao.find(StandaloneIncidentAo.class,
                Query.select().order("ID DESC").limit(limit));
        return Arrays.stream(found).map(StandaloneIncidentDirectory::toRef).toList();
    }

    private int lastNumber(String projectKey) {
        StandaloneIncidentAo[] last = ao.find(StandaloneIncidentAo.class, Query.select()
                .where(StandaloneIncidentAo.PROJECT_KEY + " = ?", projectKey)
                .order(StandaloneIncidentAo.ISSUE_NUMBER + " DESC").limit(1));
        return last.length == 0 ? 0 : last[0].getIssueNumber();
    }

    private static IncidentRef toRef(StandaloneIncidentAo incident) {
        return new IncidentRef(incident.getID(), incident.getIssueKey(), incident.getProjectKey(), incident.getSummary());
    }
}
