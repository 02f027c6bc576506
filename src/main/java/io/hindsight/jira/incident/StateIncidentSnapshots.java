package io.hindsight.jira.incident;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.incident.DeadlineView;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentService;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.incident.IncidentView;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.jira.IncidentSnapshot;
import io.hindsight.jira.IncidentSnapshots;
import io.hindsight.jira.panel.JiraFieldIncidentSnapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The issue view's snapshot from the incident domain: severity, commander, the declaration and the key instants
 * resolved from the timeline, each deadline's due instant, and the personal-data flag. Incident issues Hindsight does
 * not track yet fall back to their fields.
 */
@JiraComponent
public class StateIncidentSnapshots implements IncidentSnapshots {

    static final String INSTANT = "hindsight.incident.instant.";
    static final String DEADLINE = "hindsight.incident.deadline.";

    private final IncidentStateStore states;
    private final IncidentService incidents;
    private final IssueManager issueManager;
    private final IncidentFieldValues fieldValues;
    private final UserManager userManager;
    private final JiraFieldIncidentSnapshots untracked;

    public StateIncidentSnapshots(IncidentStateStore states, IncidentService incidents,
            @JiraImport IssueManager issueManager, IncidentFieldValues fieldValues,
            @JiraImport("jiraUserManager") UserManager userManager) {
        this.states = states;
        this.incidents = incidents;
        this.issueManager = issueManager;
        this.fieldValues = fieldValues;
        this.userManager = userManager;
        this.untracked = new JiraFieldIncidentSnapshots(issueManager, fieldValues);
    }

    @Override
    public IncidentSnapshot snapshot(IncidentRef incident) {
        IncidentState state = states.find(incident.id()).orElse(null);
        if (state == null) {
            return untracked.snapshot(incident);
        }
        IncidentView view = incidents.view(state);
        List<IncidentSnapshot.Moment> instants = new ArrayList<>();
        instants.add(new IncidentSnapshot.Moment(INSTANT + "declared", state.declaredAt()));
        view.keyInstants().asMap().forEach((which, entry) ->
                instants.add(new IncidentSnapshot.Moment(INSTANT + camel(which.code()), entry.at())));
        instants.sort((a, b) -> a.at().compareTo(b.at()));
        List<IncidentSnapshot.Moment> deadlines = new ArrayList<>();
        for (DeadlineView deadline : view.deadlines()) {
            deadlines.add(new IncidentSnapshot.Moment(DEADLINE + camel(deadline.deadline().clock().code()),
                    deadline.deadline().dueAt()));
        }
        ApplicationUser commander = userManager.getUserByKey(state.commanderKey());
        return new IncidentSnapshot(state.severity(), commander == null ? state.commanderKey()
                : commander.getDisplayName(), personalDataBreach(state, incident), instants, deadlines);
    }

    /** Flagged in Hindsight means yes; otherwise the field tells "no" from "not assessed yet". */
    private Boolean personalDataBreach(IncidentState state, IncidentRef incident) {
        if (state.isPersonalDataBreach()) {
            return true;
        }
        MutableIssue issue = issueManager.getIssueObject(incident.key());
        return issue == null ? null : fieldValues.personalDataBreach(issue).orElse(null);
    }

    /** "impact-started" to "impactStarted", the form of the i18n keys. */
    static String camel(String code) {
        StringBuilder key = new StringBuilder();
        for (String part : code.split("-")) {
            key.append(key.length() == 0 ? part : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
        }
        return key.toString();
    }
}
