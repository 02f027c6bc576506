/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.6.0-EAP01/com/atlassian/jira/config/PriorityManager.html (Jira 7.6): a
 * @PublicApi interface with List<Priority> getPriorities(), all priorities in their configured order. CONFIRMED (doc,
 * Jira 7.6); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;
import java.util.List;

public interface PriorityManager {

    List<Priority> getPriorities();
}
