package io.hindsight.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Severity;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.jira.PostmortemRecords;
import java.util.Map;
import java.util.Optional;

/**
 * The Close transition's validator: a SEV-1 or SEV-2 incident closes only once its post-mortem is published, and an
 * incident without a severity does not close at all, since nobody can tell whether it needs one. Jira creates it
 * from the workflow-validator module and injects Hindsight's components into it.
 */
public class PostmortemPublishedValidator implements Validator {

    /** The key under which Jira hands the transitioning issue to validators. */
    static final String ISSUE = "issue";

    private final IncidentFieldValues fieldValues;
    private final PostmortemRecords postmortems;

    public PostmortemPublishedValidator(IncidentFieldValues fieldValues, PostmortemRecords postmortems) {
        this.fieldValues = fieldValues;
        this.postmortems = postmortems;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Issue issue = (Issue) transientVars.get(ISSUE);
        Optional<Severity> severity = fieldValues.severity(issue);
        if (severity.isEmpty()) {
            throw new InvalidInputException("Set the severity of " + issue.getKey() + " before closing it: "
                    + "Hindsight needs it to know whether a post-mortem is required.");
        }
        if (requiresPostmortem(severity.get()) && !postmortems.isPublished(ref(issue))) {
            throw new InvalidInputException(issue.getKey() + " is a " + severity.get().code() + " incident: publish "
                    + "its post-mortem before closing it.");
        }
    }

    // SEV-1 and SEV-2 by the product's default policy; the admin-editable SeverityPolicy is meant to replace this.
    private static boolean requiresPostmortem(Severity severity) {
        return severity.isHigherThan(Severity.SEV_3);
    }

    private static IncidentRef ref(Issue issue) {
        return new IncidentRef(issue.getId(), issue.getKey(), issue.getProjectObject().getKey(), issue.getSummary());
    }
}
