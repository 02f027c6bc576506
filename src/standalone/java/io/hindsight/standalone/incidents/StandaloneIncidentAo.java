package io.hindsight.standalone.incidents;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An incident of the embedded host, standing in for a Jira issue of type Incident. */
@Table("SA_INCIDENT")
public interface StandaloneIncidentAo extends Entity {

    String ISSUE_KEY = "ISSUE_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String ISSUE_NUMBER = "ISSUE_NUMBER";
    String SUMMARY = "SUMMARY";
    String SEVERITY = "SEVERITY";
    String INCIDENT_STATUS = "INCIDENT_STATUS";

    @NotNull
    @Unique
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    int getIssueNumber();

    void setIssueNumber(int issueNumber);

    @NotNull
    String getSummary();

    void setSummary(String summary);

    /** Hindsight's severity code, mirrored like Jira's severity field; NULL until Hindsight tracks the incident. */
    String getSeverity();

    void setSeverity(String severity);

    /** Hindsight's status by name, mirrored like a Jira workflow status; NULL until Hindsight tracks the incident. */
    String getIncidentStatus();

    void setIncidentStatus(String status);
}
