package io.hindsight.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.postmortem.workflow.PeopleNames;
import java.util.Optional;

/**
 * {@link PeopleNames} in Jira: the display name Jira's user manager holds for a user key, so that a post-mortem
 * generated from Jira names "Priya Raman", not "JIRAUSER10101". A key Jira no longer knows (a deleted user) is left to
 * the caller, which shows the key.
 */
@JiraComponent
public class JiraPeopleNames implements PeopleNames {

    private final UserManager users;

    public JiraPeopleNames(@JiraImport("jiraUserManager") UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<String> displayNameOf(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        ApplicationUser user = users.getUserByKey(userKey);
        return user == null ? Optional.empty() : Optional.ofNullable(user.getDisplayName()).filter(name -> !name.isBlank());
    }
}
