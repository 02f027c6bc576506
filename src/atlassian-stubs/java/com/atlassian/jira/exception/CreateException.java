/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: the checked exception that IssueLinkManager.createIssueLink declares on
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html
 * (com.atlassian.jira.exception.CreateException). Hindsight only catches it; that it extends Exception directly is
 * UNCONFIRMED (a catch links whatever its superclass is).
 */
package com.atlassian.jira.exception;

public class CreateException extends Exception {

    private static final long serialVersionUID = 1L;

    public CreateException(String message) {
        super(message);
    }
}
