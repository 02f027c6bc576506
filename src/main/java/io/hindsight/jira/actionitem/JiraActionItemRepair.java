package io.hindsight.jira.actionitem;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.actionitem.ActionItemIssue;
import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.ActionItemRepair;
import io.hindsight.actionitem.ActionItemSync;
import io.hindsight.actionitem.FollowUpSettings;
import io.hindsight.actionitem.TrackedActionItem;
import io.hindsight.jira.JiraIncidentDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Corrects the action-item mirror from Jira: every issue linked "Action item" to an Incident is mirrored with its
 * owner, due date and resolution as Jira has them (issues linked by hand or from Confluence join the mirror here), and
 * mirrored issues that Jira no longer has leave it. Jira answers the links of one type as one collection, so the
 * links are read at once (one row per action item, not per issue); the mirror is paged.
 *
 * <p>Action items first seen here never had a type chosen in Hindsight; they count as {@code short-term}.
 */
@JiraComponent
public class JiraActionItemRepair implements ActionItemRepair {

    static final int PAGE = 500;

    private final IssueLinkTypeManager linkTypes;
    private final IssueLinkManager links;
    private final IssueManager issues;
    private final ActionItemMirror mirror;
    private final Clock clock = Clock.systemUTC();

    public JiraActionItemRepair(@JiraImport IssueLinkTypeManager linkTypes, @JiraImport IssueLinkManager links,
            @JiraImport IssueManager issues, ActionItemMirror mirror) {
        this.linkTypes = linkTypes;
        this.links = links;
        this.issues = issues;
        this.mirror = mirror;
    }

    @Override
    public Report repair() {
        int compared = 0;
        int corrected = 0;
        Set<String> linked = new HashSet<>();
        for (IssueLink link : linksOfActionItems()) {
            Issue item = link.getSourceObject();
            Issue incident = link.getDestinationObject();
            if (item == null || incident == null || incident.getIssueType() == null
                    || !JiraIncidentDirectory.INCIDENT_ISSUE_TYPE.equals(incident.getIssueType().getName())
                    || !linked.add(item.getKey())) {
                continue;
            }
            compared++;
            if (correct(item, incident)) {
                corrected++;
            }
        }
        int removed = 0;
        ActionItemSync sync = new ActionItemSync(mirror);
        String after = null;
        List<String> page;
        do {
            page = mirror.issueKeysAfter(after, PAGE);
            for (String key : page) {
                if (linked.contains(key)) {
                    continue;
                }
                MutableIssue issue = issues.getIssueObject(key);
                if (issue == null) {
                    mirror.remove(key);
                    removed++;
                } else {
                    // Created from the panel but its link failed, or unlinked since: still an action item.
                    compared++;
                    if (sync.apply(JiraActionItemIssues.of(issue))) {
                        corrected++;
                    }
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == PAGE);
        return new Report(compared, corrected, removed);
    }

    private Collection<IssueLink> linksOfActionItems() {
        Collection<IssueLinkType> types = linkTypes.getIssueLinkTypesByName(FollowUpSettings.ACTION_ITEM_LINK_TYPE);
        if (types == null || types.isEmpty()) {
            return List.of();
        }
        Collection<IssueLink> found = links.getIssueLinks(types.iterator().next().getId());
        return found == null ? List.of() : found;
    }

    /** Mirrors the item as Jira has it; answers whether the mirror changed. */
    private boolean correct(Issue item, Issue incident) {
        ActionItemIssue now = JiraActionItemIssues.of(item);
        Optional<TrackedActionItem> mirrored = mirror.find(item.getKey());
        Project project = incident.getProjectObject();
        String projectKey = project == null ? "" : project.getKey();
        TrackedActionItem wanted;
        if (mirrored.isPresent()) {
            TrackedActionItem updated = ActionItemSync.updated(mirrored.get(), now);
            wanted = new TrackedActionItem(updated.issueKey(), incident.getId(), incident.getKey(), projectKey,
                    updated.ownerKey(), updated.dueAt(), updated.priority(), updated.kind(), updated.createdAt(),
                    updated.closedAt());
            if (wanted.equals(mirrored.get())) {
                return false;
            }
        } else {
            Instant created = item.getCreated() == null ? clock.instant() : item.getCreated().toInstant();
            TrackedActionItem fresh = new TrackedActionItem(item.getKey(), incident.getId(), incident.getKey(),
                    projectKey, null, null, null, ActionItemKind.SHORT_TERM, created, null);
            wanted = ActionItemSync.updated(fresh, now);
        }
        mirror.put(wanted);
        return true;
    }
}
