/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/config/util/JiraHome.html (public interface
 * JiraHome: File getHome(), "the JIRA home directory"; File getLocalHome(), which "in a clustered or HA deployment
 * will be different from jira.home": so getHome() is the home all nodes share). There is no getSharedHome() on it.
 * CONFIRMED (Javadoc, Jira 7.0.8); Jira 11.3 and its availability as an OSGi service to @JiraImport: UNCONFIRMED.
 */
package com.atlassian.jira.config.util;

import java.io.File;

public interface JiraHome {

    File getHome();
}
