/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: com.atlassian.jira.JiraDataType, the return type of JqlFunction.getDataType (pages cited in
 * JqlFunction.java): an interface; no member is used here. CONFIRMED (doc) as a type.
 */
package com.atlassian.jira;

public interface JiraDataType {
}
