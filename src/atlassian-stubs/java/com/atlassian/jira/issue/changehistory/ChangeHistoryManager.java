/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: Jira's own ChangeHistoryManager interface and DefaultChangeHistoryManager source in public code:
 * "@Nullable ChangeHistory getChangeHistoryById(Long changeGroupId)" (since JIRA 6.3), loading the change group that
 * IssueEvent.getChangeLog() points at. The interface exists on https://docs.atlassian.com/jira/4.4/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.html
 * (Jira 4.4, before this method). CONFIRMED (code); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.changehistory;

public interface ChangeHistoryManager {

    /** The change group with this id, or null. */
    ChangeHistory getChangeHistoryById(Long changeGroupId);
}
