package io.hindsight.jira.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.opensymphony.workflow.InvalidInputException;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.ResponsePolicy;
import io.hindsight.incident.ResponsePolicyService;
import io.hindsight.incident.Severity;
import io.hindsight.incident.StoredResponsePolicy;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.jira.PostmortemRecords;
import io.hindsight.jira.incident.OwnIssueChanges;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class PostmortemPublishedValidatorTest {

    private static final IncidentRef OPS_7 = new IncidentRef(10042L, "OPS-7", "OPS", "Checkout returns 502");

    private final IncidentFieldValues fieldValues = mock(IncidentFieldValues.class);
    private final PostmortemRecords postmortems = mock(PostmortemRecords.class);
    private final ResponsePolicyService policies = mock(ResponsePolicyService.class);
    private final OwnIssueChanges ownChanges = new OwnIssueChanges();
    private final PostmortemPublishedValidator validator = new PostmortemPublishedValidator(fieldValues, postmortems,
            policies, ownChanges);

    {
        when(policies.current()).thenReturn(StoredResponsePolicy.builtIn());
    }
    private final Issue issue = issue();

    @Test
    public void close_rejectsWhenPostmortemMissingForSev1() {
        when(fieldValues.severity(issue)).thenReturn(Optional.of(Severity.SEV_1));

        InvalidInputException refused = assertThrows(InvalidInputException.class, this::close);

        assertEquals("OPS-7 is a SEV-1 incident: publish its post-mortem before closing it.", refused.getMessage());
        verify(postmortems).isPublished(OPS_7);
    }

    @Test
    public void close_rejectsWhenPostmortemMissingForSev2() {
        when(fieldValues.severity(issue)).thenReturn(Optional.of(Severity.SEV_2));

        assertTrue(assertThrows(InvalidInputException.class, this::close).getMessage().contains("SEV-2"));
    }

    @Test
    public void close_passesForSev1WithAPublishedPostmortem() throws Exception {
        when(fieldValues.severity(issue)).thenReturn(Optional.of(Severity.SEV_1));
        when(postmortems.isPublished(OPS_7)).thenReturn(true);

        close();
    }

    @Test
    public void close_passesForSev3AndSev4WithoutAskingForAPostmortem() throws Exception {
        for (Severity severity : new Severity[] {Severity.SEV_3, Severity.SEV_4}) {
            when(fieldValues.severity(issue)).thenReturn(Optional.of(severity));

            close();
        }
        verify(postmortems, never()).isPublished(any());
    }

    @Test
    public void validate_followsThePolicyWhenAdminsRequireAPostmortemForSev3() {
        ResponsePolicy strict = mock(ResponsePolicy.class);
        when(strict.of(Severity.SEV_3)).thenReturn(ResponsePolicy.defaults().of(Severity.SEV_1));
        when(policies.current()).thenReturn(new StoredResponsePolicy(2, strict, "admin", java.time.Instant.EPOCH));
        when(fieldValues.severity(issue)).thenReturn(Optional.of(Severity.SEV_3));

        assertTrue(assertThrows(InvalidInputException.class, this::close).getMessage().contains("SEV-3"));
    }

    @Test
    public void validate_letsHindsightsOwnMirroredCloseThrough() throws Exception {
        when(fieldValues.severity(issue)).thenReturn(Optional.of(Severity.SEV_1));

        ownChanges.run(() -> {
            try {
                close();
            } catch (InvalidInputException refused) {
                throw new AssertionError("Hindsight's own close was refused", refused);
            }
            return null;
        });
    }

    @Test
    public void close_rejectsAnIncidentWithoutSeverity() {
        when(fieldValues.severity(issue)).thenReturn(Optional.empty());

        InvalidInputException refused = assertThrows(InvalidInputException.class, this::close);

        assertTrue(refused.getMessage(), refused.getMessage().startsWith("Set the severity of OPS-7 before closing"));
    }

    private void close() throws InvalidInputException {
        Map<String, Object> transientVars = new HashMap<>();
        transientVars.put("issue", issue);
        validator.validate(transientVars, Map.of(), null);
    }

    private static Issue issue() {
        Issue issue = mock(Issue.class);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("OPS");
        when(issue.getId()).thenReturn(10042L);
        when(issue.getKey()).thenReturn("OPS-7");
        when(issue.getSummary()).thenReturn("Checkout returns 502");
        when(issue.getProjectObject()).thenReturn(project);
        return issue;
    }
}
