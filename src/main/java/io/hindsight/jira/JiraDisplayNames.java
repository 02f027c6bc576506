package io.hindsight.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.platform.DisplayNames;
import java.util.Optional;

/** Display names from Jira's user manager; a deleted or unknown user has none, and the key is shown instead. */
@JiraComponent
public class JiraDisplayNames implements DisplayNames {

    private final UserManager users;

    public JiraDisplayNames(@JiraImport("jiraUserManager") UserManager users) {
        this.users = users;
    }

    @Override
    public Optional<String> of(String userKey) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        return Optional.ofNullable(user).map(ApplicationUser::getDisplayName).filter(name -> !name.isBlank());
    }
}
