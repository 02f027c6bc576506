package io.hindsight.incident;

import java.util.HashMap;
import java.util.Map;

/** {@link Permissions} from a table of grants per user and project; {@code null} stands for anonymous callers. */
public final class GrantedPermissions implements Permissions {

    /** What a grant allows; editing includes viewing. */
    public enum Level { VIEW, EDIT }

    private final Map<String, Map<String, Level>> grants = new HashMap<>();

    public GrantedPermissions grant(String userKey, String projectKey, Level level) {
        grants.computeIfAbsent(String.valueOf(userKey), user -> new HashMap<>()).put(projectKey, level);
        return this;
    }

    @Override
    public boolean canView(String userKey, IncidentRef incident) {
        return level(userKey, incident) != null;
    }

    @Override
    public boolean canEdit(String userKey, IncidentRef incident) {
        return level(userKey, incident) == Level.EDIT;
    }

    private Level level(String userKey, IncidentRef incident) {
        return grants.getOrDefault(String.valueOf(userKey), Map.of()).get(incident.projectKey());
    }
}
