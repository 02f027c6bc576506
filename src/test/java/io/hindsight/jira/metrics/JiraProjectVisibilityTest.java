package io.hindsight.jira.metrics;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class JiraProjectVisibilityTest {

    private final ProjectManager projects = mock(ProjectManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraProjectVisibility visibility = new JiraProjectVisibility(projects, permissions, users);

    @Test
    public void visibleProjects_areThoseWithBrowsePermission() {
        ApplicationUser sam = mock(ApplicationUser.class);
        Project ops = project("OPS");
        Project sec = project("SEC");
        when(users.getUserByKey("u1002")).thenReturn(sam);
        when(projects.getProjectObjects()).thenReturn(List.of(ops, sec));
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, sam)).thenReturn(true);

        assertEquals(Set.of("OPS"), visibility.visibleProjects("u1002"));
    }

    @Test
    public void unknownUserKey_seesNothing_andIsNotTreatedAsAnonymous() {
        Project ops = project("OPS");
        when(projects.getProjectObjects()).thenReturn(List.of(ops));

        assertEquals(Set.of(), visibility.visibleProjects("deleted-user"));
        verify(permissions, never()).hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Project.class), any());
    }

    private static Project project(String key) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        return project;
    }
}
