package io.hindsight.jira.metrics;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class JiraProjectVisibilityTest {

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraProjectVisibility visibility = new JiraProjectVisibility(permissions, users);

    @Test
    public void visibleProjects_areThoseWhereJiraGrantsBrowse() {
        ApplicationUser sam = mock(ApplicationUser.class);
        Project ops = project("OPS");
        when(users.getUserByKey("u1002")).thenReturn(sam);
        when(permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, sam)).thenReturn(List.of(ops));

        assertEquals(Set.of("OPS"), visibility.visibleProjects("u1002"));
    }

    @Test
    public void unknownUserKey_seesNothing_andIsNotTreatedAsAnonymous() {
        assertEquals(Set.of(), visibility.visibleProjects("deleted-user"));
        verify(permissions, never()).getProjects(any(), any());
    }

    private static Project project(String key) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        return project;
    }
}
