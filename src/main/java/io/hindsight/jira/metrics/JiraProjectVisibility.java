package io.hindsight.jira.metrics;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.metrics.ProjectVisibility;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The projects whose incidents a Jira user may see for metrics: those where Jira grants Browse Projects. Issue
 * security levels are not applied here (see the metrics package documentation for how they would be).
 */
@JiraComponent
public class JiraProjectVisibility implements ProjectVisibility {

    private final PermissionManager permissions;
    private final UserManager users;

    public JiraProjectVisibility(@JiraImport PermissionManager permissions,
            @JiraImport("jiraUserManager") UserManager users) {
        this.permissions = permissions;
        this.users = users;
    }

    @Override
    public Set<String> visibleProjects(String userKey) {
        // A key that no longer resolves must not fall back to anonymous rights, so it sees nothing.
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        if (userKey != null && user == null) {
            return Set.of();
        }
        return permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user).stream()
                .map(Project::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
