/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/IssueService.TransitionValidationResult.html
 * (Jira 7.x, "extends ServiceResultImpl", inheriting getErrorCollection() and isValid()).
 * Mirrors: a public class in com.atlassian.jira.bc with boolean isValid() and ErrorCollection getErrorCollection().
 * Hindsight calls them through the IssueService result classes, which the JVM resolves up the class hierarchy.
 * CONFIRMED (doc) for Jira 7.x; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public class ServiceResultImpl {

    public boolean isValid() {
        throw new UnsupportedOperationException("stand-in");
    }

    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("stand-in");
    }
}
