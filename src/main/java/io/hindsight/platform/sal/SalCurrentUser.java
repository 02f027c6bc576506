package io.hindsight.platform.sal;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.hindsight.platform.CurrentUser;
import jakarta.inject.Named;
import java.util.Optional;

/** The current user as SAL reports it, the same way in Jira and in Confluence. */
@Named
public class SalCurrentUser implements CurrentUser {

    private final UserManager userManager;

    public SalCurrentUser(@ComponentImport UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<String> userKey() {
        // The no-argument form: the overloads taking a request differ between javax and jakarta hosts.
        UserKey key = userManager.getRemoteUserKey();
        return key == null ? Optional.empty() : Optional.of(key.getStringValue());
    }
}
