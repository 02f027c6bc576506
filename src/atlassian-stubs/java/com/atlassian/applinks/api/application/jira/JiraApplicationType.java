/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/application/jira/JiraApplicationType.html
 * (applinks 3.2): a public interface extending ApplicationType, the marker for Jira peers. CONFIRMED (doc, 3.2) and
 * CONFIRMED (code) in Confluence plugins calling getPrimaryApplicationLink(JiraApplicationType.class).
 */
package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

public interface JiraApplicationType extends ApplicationType {
}
