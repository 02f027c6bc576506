package io.hindsight.incident;

import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import java.util.regex.Pattern;

/**
 * Resolves an incident key for the current user and enforces the permission rule every feature shares:
 * an incident you may not see does not exist for you (404); one you may see but not edit refuses writes (403).
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing
 * (see {@code io.hindsight.jira}); nothing overrides its behaviour.
 */
public class IncidentAccess {

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,49}-[1-9][0-9]{0,17}");

    private final IncidentDirectory directory;
    private final Permissions permissions;
    private final CurrentUser currentUser;

    public IncidentAccess(IncidentDirectory directory, Permissions permissions, CurrentUser currentUser) {
        this.directory = directory;
        this.permissions = permissions;
        this.currentUser = currentUser;
    }

    /** The incident, if the current user may see it; otherwise {@link NotFoundException}. */
    public IncidentRef forViewing(String incidentKey) {
        String userKey = currentUser.userKey().orElse(null);
        IncidentRef incident = directory.findByKey(requireWellFormedKey(incidentKey))
                .filter(found -> permissions.canView(userKey, found))
                .orElseThrow(() -> notFound(incidentKey));
        return incident;
    }

    /** The incident, if the current user may change it; 404 when they cannot see it, 403 when they only can. */
    public IncidentRef forEditing(String incidentKey) {
        IncidentRef incident = forViewing(incidentKey);
        String userKey = currentUser.requireUserKey();
        if (!permissions.canEdit(userKey, incident)) {
            throw new ForbiddenException("You may view " + incident.key() + " but not change it.");
        }
        return incident;
    }

    private static String requireWellFormedKey(String incidentKey) {
        if (incidentKey == null || !ISSUE_KEY.matcher(incidentKey).matches()) {
            throw new InvalidInputException("incidentKey", "An incident key looks like OPS-123.");
        }
        return incidentKey;
    }

    private static NotFoundException notFound(String incidentKey) {
        return new NotFoundException("No incident " + incidentKey + " exists, or you may not see it.");
    }
}
