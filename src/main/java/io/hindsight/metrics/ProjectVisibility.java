package io.hindsight.metrics;

import java.util.Set;

/**
 * Port: the projects whose incidents a user may see, as the host decides it (Jira: the Browse Projects permission).
 * The metrics pass these keys into their SQL, so a figure never counts an incident the caller could not open.
 */
public interface ProjectVisibility {

    Set<String> visibleProjects(String userKey);
}
