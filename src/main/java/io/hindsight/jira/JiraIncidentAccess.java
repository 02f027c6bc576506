package io.hindsight.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentDirectory;
import io.hindsight.incident.Permissions;
import io.hindsight.platform.CurrentUser;

/** {@link IncidentAccess} as a Jira-only component, wired to the Jira adapters. */
@JiraComponent
public class JiraIncidentAccess extends IncidentAccess {

    public JiraIncidentAccess(IncidentDirectory directory, Permissions permissions, CurrentUser currentUser) {
        super(directory, permissions, currentUser);
    }
}
