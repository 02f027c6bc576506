package io.hindsight.confluence.postmortem;

import com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.hindsight.actionitem.Assignees;
import java.util.Optional;

/**
 * {@link Assignees} in Confluence: a page mention carries a Confluence user key, and Jira is given the username.
 * Jira and Confluence linked for Hindsight share their user directory, so the same person signs in to both with that
 * name; someone Jira does not know is reported on their row by Jira, and the other rows still go through.
 */
@ConfluenceComponent
public class SalAssignees implements Assignees {

    private final UserManager users;

    public SalAssignees(@ComponentImport UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<String> usernameOf(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null ? Optional.empty() : Optional.ofNullable(profile.getUsername());
    }
}
