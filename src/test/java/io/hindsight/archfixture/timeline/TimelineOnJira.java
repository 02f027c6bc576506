package io.hindsight.archfixture.timeline;

import com.atlassian.jira.issue.Issue;

/** Breaks two rules: the domain uses a host type, and a Jira type is used outside the jira package. */
public class TimelineOnJira {

    Issue issue;
}
