/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/sla/event/SLAChangeEvent.html
 * (JSM 10.3.2, a Platform 7 product), which returns com.atlassian.jira.issue.comments.Comment: an interface. Long
 * getId() and String getBody() are the comment's id and raw text: CONFIRMED (code) in plugins; Jira 11.3 by Javadoc:
 * UNCONFIRMED.
 */
package com.atlassian.jira.issue.comments;

public interface Comment {

    Long getId();

    String getBody();
}
