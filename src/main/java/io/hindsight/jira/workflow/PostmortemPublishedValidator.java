package io.hindsight.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.ResponsePolicyService;
import io.hindsight.incident.Severity;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.jira.PostmortemRecords;
import io.hindsight.jira.incident.OwnIssueChanges;
import java.util.Map;
import java.util.Optional;

/**
 * The Close transition's validator: an incident whose severity the response policy says needs a post-mortem closes
 * only once its post-mortem is published, and an incident without a severity does not close at all, since nobody can
 * tell whether it needs one. A Close that Hindsight itself runs (mirroring a close the domain already allowed) passes. Jira creates it
 * from the workflow-validator module and injects Hindsight's components into it.
 */
public class PostmortemPublishedValidator implements Validator {

    /** The key under which Jira hands the transitioning issue to validators. */
    static final String ISSUE = "issue";

    private final IncidentFieldValues fieldValues;
    private final PostmortemRecords postmortems;
    private final ResponsePolicyService policies;
    private final OwnIssueChanges ownChanges;

    public PostmortemPublishedValidator(IncidentFieldValues fieldValues, PostmortemRecords postmortems,
            ResponsePolicyService policies, OwnIssueChanges ownChanges) {
        this.fieldValues = fieldValues;
        this.postmortems = postmortems;
        this.policies = policies;
        this.ownChanges = ownChanges;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        if (ownChanges.inProgress()) {
            return;
        }
        Issue issue = (Issue) transientVars.get(ISSUE);
        Optional<Severity> severity = fieldValues.severity(issue);
        if (severity.isEmpty()) {
            throw new InvalidInputException("Set the severity of " + issue.getKey() + " before closing it: "
                    + "Hindsight needs it to know whether a post-mortem is required.");
        }
        if (policies.current().policy().of(severity.get()).requiresPostmortem() && !postmortems.isPublished(ref(issue))) {
            throw new InvalidInputException(issue.getKey() + " is a " + severity.get().code() + " incident: publish "
                    + "its post-mortem before closing it.");
        }
    }

    private static IncidentRef ref(Issue issue) {
        return new IncidentRef(issue.getId(), issue.getKey(), issue.getProjectObject().getKey(), issue.getSummary());
    }
}
