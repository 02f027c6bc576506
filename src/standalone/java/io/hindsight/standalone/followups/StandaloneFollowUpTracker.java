package io.hindsight.standalone.followups;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.hindsight.actionitem.FollowUpFailure;
import io.hindsight.actionitem.FollowUpTracker;
import io.hindsight.actionitem.NewFollowUp;
import io.hindsight.actionitem.PageLink;
import io.hindsight.incident.IncidentDirectory;
import io.hindsight.platform.ao.WriteConflicts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * The embedded host's Jira-like issue directory for follow-ups, in Active Objects: issues numbered per project,
 * searchable by label, linked to their incident and back to their post-mortem page. It answers as Jira would: an
 * unknown incident is {@link FollowUpFailure.Kind#NOT_FOUND}.
 */
public final class StandaloneFollowUpTracker implements FollowUpTracker {

    /** The status a new issue starts in. */
    public static final String OPEN = "To Do";
    /** The status of a closed issue, as Jira's default workflow names it. */
    public static final String DONE = "Done";
    private static final int MAX_ATTEMPTS = 5;
    private static final int LISTED = 200;

    private final ActiveObjects ao;
    private final IncidentDirectory incidents;

    public StandaloneFollowUpTracker(ActiveObjects ao, IncidentDirectory incidents) {
        this.ao = ao;
        this.incidents = incidents;
    }

    @Override
    public Optional<String> findByMarker(String markerLabel) {
        return Arrays.stream(ao.find(StandaloneIssueAo.class,
                        Query.select().where(StandaloneIssueAo.LABELS + " LIKE ?", "% " + markerLabel + " %")))
                // LIKE treats '_' as a wildcard: keep only exact label matches.
                .filter(issue -> labelsOf(issue).contains(markerLabel))
                .map(StandaloneIssueAo::getIssueKey).findFirst();
    }

    @Override
    public String create(NewFollowUp followUp) {
        // Numbers are handed out by reading the last one; two creators racing for a number retry on the unique key.
        return WriteConflicts.retrying(MAX_ATTEMPTS, () -> ao.executeInTransaction(() -> {
            int number = lastNumber(followUp.projectKey()) + 1;
            Map<String, Object> issue = new HashMap<>();
            issue.put(StandaloneIssueAo.ISSUE_KEY, followUp.projectKey() + "-" + number);
            issue.put(StandaloneIssueAo.PROJECT_KEY, followUp.projectKey());
            issue.put(StandaloneIssueAo.ISSUE_NUMBER, number);
            issue.put(StandaloneIssueAo.ISSUE_TYPE, followUp.issueTypeName());
            issue.put(StandaloneIssueAo.SUMMARY, followUp.summary());
            issue.put(StandaloneIssueAo.DESCRIPTION, followUp.description());
            issue.put(StandaloneIssueAo.ASSIGNEE, followUp.assigneeName());
            issue.put(StandaloneIssueAo.DUE, followUp.due().toString());
            issue.put(StandaloneIssueAo.PRIORITY, followUp.priorityName());
            issue.put(StandaloneIssueAo.ISSUE_STATUS, OPEN);
            issue.put(StandaloneIssueAo.LABELS, " " + String.join(" ", followUp.labels()) + " ");
            return ao.create(StandaloneIssueAo.class, issue).getIssueKey();
        }));
    }

    @Override
    public void linkToIncident(String issueKey, String incidentKey, String linkTypeName) {
        if (incidents.findByKey(incidentKey).isEmpty()) {
            throw new FollowUpFailure(FollowUpFailure.Kind.NOT_FOUND, "No incident " + incidentKey + ".");
        }
        StandaloneIssueAo issue = row(issueKey);
        issue.setIncidentKey(incidentKey);
        issue.setLinkType(linkTypeName);
        issue.save();
    }

    @Override
    public void linkToPage(String issueKey, PageLink page) {
        StandaloneIssueAo issue = row(issueKey);
        issue.setPageUrl(page.url());
        issue.setPageTitle(page.title());
        issue.setPageGlobalId(page.globalId());
        issue.save();
    }

    /** Moves an issue to {@code status}; answers the issue as it is now. */
    public FollowUpIssue setStatus(String issueKey, String status) {
        StandaloneIssueAo issue = row(issueKey);
        issue.setIssueStatus(status);
        issue.save();
        return toIssue(issue);
    }

    /** The issue, if it exists. */
    public Optional<FollowUpIssue> find(String issueKey) {
        return Arrays.stream(ao.find(StandaloneIssueAo.class,
                Query.select().where(StandaloneIssueAo.ISSUE_KEY + " = ?", issueKey))).findFirst()
                .map(StandaloneFollowUpTracker::toIssue);
    }

    /** The follow-ups linked to an incident, oldest first, at most 200. */
    public List<FollowUpIssue> linkedTo(String incidentKey) {
        return Arrays.stream(ao.find(StandaloneIssueAo.class, Query.select()
                        .where(StandaloneIssueAo.INCIDENT_KEY + " = ?", incidentKey).order("ID ASC").limit(LISTED)))
                .map(StandaloneFollowUpTracker::toIssue).toList();
    }

    private StandaloneIssueAo row(String issueKey) {
        StandaloneIssueAo[] rows = ao.find(StandaloneIssueAo.class,
                Query.select().where(StandaloneIssueAo.ISSUE_KEY + " = ?", issueKey));
        if (rows.length == 0) {
            throw new FollowUpFailure(FollowUpFailure.Kind.NOT_FOUND, "No issue " + issueKey + ".");
        }
        return rows[0];
    }

    private int lastNumber(String projectKey) {
        StandaloneIssueAo[] last = ao.find(StandaloneIssueAo.class, Query.select()
                .where(StandaloneIssueAo.PROJECT_KEY + " = ?", projectKey)
                .order(StandaloneIssueAo.ISSUE_NUMBER + " DESC").limit(1));
        return last.length == 0 ? 0 : last[0].getIssueNumber();
    }

    private static List<String> labelsOf(StandaloneIssueAo issue) {
        String labels = issue.getLabels().strip();
        return labels.isEmpty() ? List.of() : List.of(labels.split(" "));
    }

    private static FollowUpIssue toIssue(StandaloneIssueAo issue) {
        return new FollowUpIssue(issue.getIssueKey(), issue.getSummary(), issue.getAssignee(),
                issue.getDue(), issue.getPriority(), issue.getIssueStatus(), labelsOf(issue),
                issue.getIncidentKey(), issue.getLinkType(), issue.getPageUrl(), issue.getPageTitle());
    }
}
