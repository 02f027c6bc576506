package io.hindsight.jira.incident;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.opensymphony.workflow.loader.ActionDescriptor;
import io.hindsight.incident.IncidentMirror;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.incident.IncidentTransition;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.platform.ConflictException;
import java.util.Arrays;
import java.util.Collection;

/**
 * Brings the issue in line with a change Hindsight made: runs the workflow transition whose name is the lifecycle
 * transition's (the Hindsight workflow names its actions so; found by name in the issue's installed workflow, since
 * admins may have edited it) and sets the Severity field. Both go through IssueService as the actor, marked as
 * Hindsight's own so that the issue listener and the Close validator let them pass. An issue already in the target
 * status or severity is left alone: the change came from Jira in the first place.
 */
@JiraComponent
public class JiraIncidentMirror implements IncidentMirror {

    private final IssueService issueService;
    private final IssueManager issueManager;
    private final WorkflowManager workflowManager;
    private final UserManager userManager;
    private final IncidentFieldValues fieldValues;
    private final SeverityOptions severityOptions;
    private final OwnIssueChanges ownChanges;

    public JiraIncidentMirror(@JiraImport IssueService issueService, @JiraImport IssueManager issueManager,
            @JiraImport WorkflowManager workflowManager, @JiraImport("jiraUserManager") UserManager userManager,
            IncidentFieldValues fieldValues, SeverityOptions severityOptions, OwnIssueChanges ownChanges) {
        this.issueService = issueService;
        this.issueManager = issueManager;
        this.workflowManager = workflowManager;
        this.userManager = userManager;
        this.fieldValues = fieldValues;
        this.severityOptions = severityOptions;
        this.ownChanges = ownChanges;
    }

    /** @throws ConflictException when Jira refuses the transition or the edit (409); the change rolls back */
    @Override
    public void changed(IncidentState before, IncidentState after, String actorKey) {
        // A new incident's issue carries its fields already: the creator set them, or the user did in Jira.
        if (before == null || (before.status() == after.status() && before.severity() == after.severity())) {
            return;
        }
        MutableIssue issue = issueManager.getIssueObject(after.incident().key());
        if (issue == null) {
            throw new ConflictException("issue_missing", after.incident().key() + " is no longer in Jira.");
        }
        ApplicationUser actor = actorKey == null ? null : userManager.getUserByKey(actorKey);
        if (before.status() != after.status() && !isIn(issue, after.status())) {
            transition(issue, actor, transitionBetween(before.status(), after.status()));
        }
        if (before.severity() != after.severity()
                && fieldValues.severity(issue).filter(after.severity()::equals).isEmpty()) {
            SeverityOptions.Input severity = severityOptions.inputFor(after.severity());
            IssueInputParameters input = issueService.newIssueInputParameters()
                    .addCustomFieldValue(severity.fieldId(), severity.optionId());
            IssueService.UpdateValidationResult validation = issueService.validateUpdate(actor, issue.getId(), input);
            check(validation.isValid(), validation.getErrorCollection(), issue, "its severity");
            IssueService.IssueResult updated = ownChanges.run(() -> issueService.update(actor, validation));
            check(updated.isValid(), updated.getErrorCollection(), issue, "its severity");
        }
    }

    private void transition(MutableIssue issue, ApplicationUser actor, IncidentTransition transition) {
        JiraWorkflow workflow = workflowManager.getWorkflow(issue);
        Collection<ActionDescriptor> actions = workflow == null ? null : workflow.getActionsByName(transition.label());
        if (actions == null || actions.isEmpty()) {
            throw new ConflictException("workflow_changed", "The workflow of " + issue.getKey()
                    + " has no transition named \"" + transition.label() + "\".");
        }
        int actionId = actions.iterator().next().getId();
        IssueService.TransitionValidationResult validation = issueService.validateTransition(actor, issue.getId(),
                actionId, issueService.newIssueInputParameters());
        check(validation.isValid(), validation.getErrorCollection(), issue, transition.label());
        IssueService.IssueResult moved = ownChanges.run(() -> issueService.transition(actor, validation));
        check(moved.isValid(), moved.getErrorCollection(), issue, transition.label());
    }

    private static boolean isIn(MutableIssue issue, IncidentStatus status) {
        return issue.getStatus() != null && status.label().equalsIgnoreCase(issue.getStatus().getName());
    }

    /** The lifecycle allows one transition between any two statuses, so the pair names it. */
    static IncidentTransition transitionBetween(IncidentStatus from, IncidentStatus to) {
        return Arrays.stream(IncidentTransition.values())
                .filter(transition -> transition.isAllowedFrom(from) && transition.to() == to).findFirst()
                .orElseThrow(() -> new IllegalStateException("No transition from " + from + " to " + to));
    }

    private static void check(boolean valid, ErrorCollection errors, MutableIssue issue, String what) {
        if (!valid) {
            throw new ConflictException("jira_refused", "Jira refused " + what + " on " + issue.getKey() + ": "
                    + JiraIncidentCreator.refused(errors).getMessage());
        }
    }
}
