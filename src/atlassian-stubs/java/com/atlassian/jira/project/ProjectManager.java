/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/project/ProjectManager.html (the type is
 * an interface; the two members below are not shown in the excerpt the docs search returns).
 * Mirrors: the reference atlassian-api.md section 2.3 and cures-hub/cures-condec-jira (Jira 8/9): an interface with
 * Project getProjectByCurrentKey(String key) and Project getProjectObj(Long id), each null when absent. CONFIRMED
 * (code); no Javadoc page found by the docs search; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.project;

public interface ProjectManager {

    Project getProjectByCurrentKey(String projectKey);

    Project getProjectObj(Long id);
}
