package io.hindsight.jira.incident;

import static io.hindsight.incident.IncidentStates.anIncident;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.platform.ConflictException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class JiraIncidentMirrorTest {

    private final IssueService issueService = mock(IssueService.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final WorkflowManager workflowManager = mock(WorkflowManager.class);
    private final UserManager userManager = mock(UserManager.class);
    private final IncidentFieldValues fieldValues = mock(IncidentFieldValues.class);
    private final OwnIssueChanges ownChanges = new OwnIssueChanges();
    private final JiraIncidentMirror mirror = new JiraIncidentMirror(issueService, issueManager, workflowManager,
            userManager, fieldValues, mock(SeverityOptions.class), ownChanges);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final IssueInputParameters input = mock(IssueInputParameters.class);

    {
        when(issueManager.getIssueObject("OPS-7")).thenReturn(issue);
        when(issue.getId()).thenReturn(10_007L);
        when(issue.getKey()).thenReturn("OPS-7");
        Status investigating = mock(Status.class);
        when(investigating.getName()).thenReturn("Investigating");
        when(issue.getStatus()).thenReturn(investigating);
        when(userManager.getUserByKey("u-alice")).thenReturn(alice);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(fieldValues.severity(issue)).thenReturn(Optional.empty());
        JiraWorkflow workflow = mock(JiraWorkflow.class);
        ActionDescriptor mitigate = mock(ActionDescriptor.class);
        when(mitigate.getId()).thenReturn(21);
        when(workflow.getActionsByName("Mitigate")).thenReturn(List.of(mitigate));
        when(workflowManager.getWorkflow(issue)).thenReturn(workflow);
    }

    @Test
    public void changed_runsTheWorkflowActionNamedAfterTheTransition_markedAsHindsightsOwn() {
        IssueService.TransitionValidationResult valid = mock(IssueService.TransitionValidationResult.class);
        when(valid.isValid()).thenReturn(true);
        when(issueService.validateTransition(alice, 10_007L, 21, input)).thenReturn(valid);
        boolean[] markedOwn = {false};
        IssueService.IssueResult moved = mock(IssueService.IssueResult.class);
        when(moved.isValid()).thenReturn(true);
        when(issueService.transition(alice, valid)).thenAnswer(call -> {
            markedOwn[0] = ownChanges.inProgress();
            return moved;
        });

        mirror.changed(state(IncidentStatus.INVESTIGATING), state(IncidentStatus.MITIGATED), "u-alice");

        verify(issueService).transition(alice, valid);
        assertTrue("the listener must see the transition as Hindsight's own", markedOwn[0]);
    }

    @Test
    public void changed_leavesAnIssueAlreadyInTheTargetStatus() {
        mirror.changed(state(IncidentStatus.DECLARED), state(IncidentStatus.INVESTIGATING), "u-alice");

        verify(issueService, never()).validateTransition(any(), any(), anyInt(), any());
    }

    @Test
    public void changed_refusesWith409WhenJiraRefusesTheTransition() {
        IssueService.TransitionValidationResult refused = mock(IssueService.TransitionValidationResult.class);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(Map.of());
        when(errors.getErrorMessages()).thenReturn(List.of("You may not transition this issue."));
        when(refused.getErrorCollection()).thenReturn(errors);
        when(issueService.validateTransition(eq(alice), eq(10_007L), eq(21), any())).thenReturn(refused);

        ConflictException conflict = assertThrows(ConflictException.class, () -> mirror.changed(
                state(IncidentStatus.INVESTIGATING), state(IncidentStatus.MITIGATED), "u-alice"));

        assertTrue(conflict.getMessage(), conflict.getMessage().contains("You may not transition this issue."));
        verify(issueService, never()).transition(any(), any());
    }

    @Test
    public void transitionBetween_namesTheOnlyLifecycleTransitionForEachPair() {
        assertEquals("Reopen", JiraIncidentMirror.transitionBetween(IncidentStatus.RESOLVED,
                IncidentStatus.INVESTIGATING).label());
        assertEquals("Start investigation", JiraIncidentMirror.transitionBetween(IncidentStatus.DECLARED,
                IncidentStatus.INVESTIGATING).label());
    }

    private static IncidentState state(IncidentStatus status) {
        return anIncident().in(status).build();
    }
}
