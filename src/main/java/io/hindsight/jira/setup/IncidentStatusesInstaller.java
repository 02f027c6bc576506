package io.hindsight.jira.setup;

import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.incident.IncidentStatus;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a Jira status for each {@link IncidentStatus} by its label, creating the missing ones. Statuses Jira already
 * has under the same name (Resolved, Closed on most sites) are reused, as Jira shares statuses between workflows.
 */
@JiraComponent
public class IncidentStatusesInstaller {

    /** Jira's status category keys (StatusCategory.TO_DO, IN_PROGRESS, COMPLETE in Jira's source). */
    static final String TO_DO = "new";
    static final String IN_PROGRESS = "indeterminate";
    static final String DONE = "done";
    /** Required by the API, unused by Jira since status lozenges (6.2); Jira's own generic status icon. */
    static final String ICON_URL = "/images/icons/statuses/generic.png";

    private final StatusManager statusManager;
    private final StatusCategoryManager categoryManager;

    public IncidentStatusesInstaller(@JiraImport StatusManager statusManager,
            @JiraImport StatusCategoryManager categoryManager) {
        this.statusManager = statusManager;
        this.categoryManager = categoryManager;
    }

    /** A status for every incident status that exists or could be created; failures are in the log. */
    public Map<IncidentStatus, Status> ensure(SetupLog log) {
        Collection<Status> existing = statusManager.getStatuses();
        Map<IncidentStatus, Status> statuses = new EnumMap<>(IncidentStatus.class);
        for (IncidentStatus incidentStatus : IncidentStatus.values()) {
            String subject = "status " + incidentStatus.label();
            Optional<Status> found = existing.stream()
                    .filter(status -> incidentStatus.label().equalsIgnoreCase(status.getName())).findFirst();
            if (found.isPresent()) {
                statuses.put(incidentStatus, found.get());
                log.present(subject, "id " + found.get().getId());
                continue;
            }
            try {
                Status created = statusManager.createStatus(incidentStatus.label(),
                        "Incident status set by Hindsight's workflow.", ICON_URL, category(incidentStatus));
                statuses.put(incidentStatus, created);
                log.created(subject, "id " + created.getId());
            } catch (RuntimeException refused) {
                log.failed(subject, "Jira could not create it: " + refused.getMessage());
            }
        }
        return statuses;
    }

    private StatusCategory category(IncidentStatus status) {
        String key = switch (status) {
            case DECLARED -> TO_DO;
            case CLOSED, CANCELLED -> DONE;
            default -> IN_PROGRESS;
        };
        return categoryManager.getStatusCategoryByKey(key);
    }
}
