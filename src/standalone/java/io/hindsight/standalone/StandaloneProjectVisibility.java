package io.hindsight.standalone;

import io.hindsight.metrics.ProjectVisibility;
import io.hindsight.standalone.users.LocalUser;
import io.hindsight.standalone.users.LocalUsers;
import java.util.HashSet;
import java.util.Set;

/**
 * The embedded host's stand-in for Jira's Browse Projects permission, from the users file: a user sees the projects
 * listed for them; an administrator sees every project the file names for anyone.
 */
final class StandaloneProjectVisibility implements ProjectVisibility {

    private final LocalUsers users;

    StandaloneProjectVisibility(LocalUsers users) {
        this.users = users;
    }

    @Override
    public Set<String> visibleProjects(String userKey) {
        LocalUser user = users.byKey(userKey).orElse(null);
        if (user == null) {
            return Set.of();
        }
        if (!user.admin()) {
            return user.projects().keySet();
        }
        Set<String> all = new HashSet<>();
        users.all().forEach(any -> all.addAll(any.projects().keySet()));
        return all;
    }
}
