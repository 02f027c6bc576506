/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/context/IssueContext.html (Jira 4.0 onwards,
 * getProjectObject() returns com.atlassian.jira.project.Project) and the Jira 7.x Issue page; Project is an interface
 * with String getKey(), Long getId() and String getName(). Interface-ness and these getters are CONFIRMED (code) from
 * real plugin code (reference atlassian-api.md section 2.3; a jakarta Jira 11 plugin keys projects by getKey()), not
 * from a Project Javadoc page: the docs search found none. Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.project;

public interface Project {

    Long getId();

    String getKey();

    String getName();
}
