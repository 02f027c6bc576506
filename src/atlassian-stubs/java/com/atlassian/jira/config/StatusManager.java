/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: Jira's own com.atlassian.jira.config.StatusManager source in public code (@PublicApi interface, since
 * 5.0): Collection<Status> getStatuses() and Status createStatus(String name, String description, String iconUrl,
 * StatusCategory statusCategory) (since 6.1; the icon URL must not be blank, the name must be unique). The Jira
 * Software Javadoc of WorkflowConstantsService
 * (https://docs.atlassian.com/jira-software/9.12.10/com/atlassian/greenhopper/service/workflow/WorkflowConstantsService.html)
 * describes the same find-or-create by name with a status category. CONFIRMED (code); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.Collection;

public interface StatusManager {

    Collection<Status> getStatuses();

    Status createStatus(String name, String description, String iconUrl, StatusCategory statusCategory);
}
