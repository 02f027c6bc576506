package io.hindsight.archfixture.jira;

import com.atlassian.jira.issue.Issue;

/** Follows the rules: Jira types inside the jira package. */
public class JiraAdapter {

    Issue issue;
}
