/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/util/ErrorCollection.html (Jira 7.x).
 * Mirrors: a public interface; Map<String, String> getErrors() (field id to message) and Collection<String>
 * getErrorMessages() (messages not tied to a field). CONFIRMED (code, widely used with IssueService results);
 * Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

public interface ErrorCollection {

    Map<String, String> getErrors();

    Collection<String> getErrorMessages();
}
