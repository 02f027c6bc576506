package io.hindsight.standalone.followups;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A follow-up issue of the embedded host, standing in for a Jira issue: owner, due date, priority, status, labels,
 * and its links to the incident (an issue link) and to the post-mortem page (a remote link).
 */
@Table("SA_ISSUE")
public interface StandaloneIssueAo extends Entity {

    String ISSUE_KEY = "ISSUE_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String ISSUE_NUMBER = "ISSUE_NUMBER";
    String ISSUE_TYPE = "ISSUE_TYPE";
    String SUMMARY = "SUMMARY";
    String DESCRIPTION = "DESCRIPTION";
    String ASSIGNEE = "ASSIGNEE";
    String DUE = "DUE";
    String PRIORITY = "PRIORITY";
    String ISSUE_STATUS = "ISSUE_STATUS";
    String LABELS = "LABELS";
    String INCIDENT_KEY = "INCIDENT_KEY";
    String LINK_TYPE = "LINK_TYPE";
    String PAGE_URL = "PAGE_URL";
    String PAGE_TITLE = "PAGE_TITLE";
    String PAGE_GLOBAL_ID = "PAGE_GLOBAL_ID";

    @NotNull
    @Unique
    String getIssueKey();

    @NotNull
    @Indexed
    String getProjectKey();

    int getIssueNumber();

    @NotNull
    String getIssueType();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSummary();

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    /** The assignee's user name, as Jira's REST API names users. */
    @NotNull
    String getAssignee();

    /** ISO date. */
    @NotNull
    String getDue();

    @NotNull
    String getPriority();

    @NotNull
    String getIssueStatus();

    void setIssueStatus(String status);

    /** Space-separated, with a space at each end so a label is found as {@code "% label %"}. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getLabels();

    @Indexed
    String getIncidentKey();

    void setIncidentKey(String incidentKey);

    String getLinkType();

    void setLinkType(String linkType);

    @StringLength(StringLength.UNLIMITED)
    String getPageUrl();

    void setPageUrl(String url);

    String getPageTitle();

    void setPageTitle(String title);

    String getPageGlobalId();

    void setPageGlobalId(String globalId);
}
