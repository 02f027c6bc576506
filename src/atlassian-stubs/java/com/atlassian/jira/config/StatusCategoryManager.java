/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/latest/com/atlassian/jira/config/DefaultStatusCategoryManager.html
 * (Jira 7.x), which implements this interface: StatusCategory getStatusCategoryByKey(String key). The keys are
 * "new", "indeterminate" and "done" (StatusCategory.TO_DO, IN_PROGRESS, COMPLETE in Jira's source; Hindsight uses the
 * literals, since constants would be inlined from this stand-in). CONFIRMED (doc) for Jira 7.x; Jira 11.3:
 * UNCONFIRMED.
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface StatusCategoryManager {

    StatusCategory getStatusCategoryByKey(String key);
}
