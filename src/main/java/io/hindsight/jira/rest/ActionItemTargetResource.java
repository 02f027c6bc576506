package io.hindsight.jira.rest;

import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.hindsight.actionitem.ReminderJob;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.rest.RestInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;

/**
 * Jira administrators choose here the project (and issue type) that action items from the incident panel are filed
 * in, and how often owners of overdue work are reminded. Every method can also answer the container's 401/403 for a caller who is not a Jira administrator.
 */
@Path("/admin/action-item-settings")
@Produces(MediaType.APPLICATION_JSON)
public class ActionItemTargetResource {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    private static final int MAX_TYPE_NAME = 255;
    private static final int MAX_REMINDER_HOURS = 720;

    private final HindsightJiraSettings settings;
    private final ProjectManager projects;

    @Inject
    public ActionItemTargetResource(HindsightJiraSettings settings, @JiraImport ProjectManager projects) {
        this.settings = settings;
        this.projects = projects;
    }

    @GET
    @AdminOnly
    public ActionItemTargetDto get() {
        return new ActionItemTargetDto(settings.actionItemProjectKey().orElse(null),
                settings.actionItemIssueType().orElse("Task"),
                (int) settings.reminderInterval().orElse(ReminderJob.DEFAULT_INTERVAL).toHours());
    }

    /**
     * Sets {@code {projectKey, issueType?, reminderIntervalHours?}}. Errors: 400 for a malformed key or type ({@code field} names it); 404
     * when Jira has no such project.
     */
    @PUT
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionItemTargetDto set(ActionItemTargetDto request) {
        ActionItemTargetDto body = RestInput.requireBody(request);
        if (body.projectKey() == null || !PROJECT_KEY.matcher(body.projectKey()).matches()) {
            throw new InvalidInputException("projectKey", "A Jira project key is upper-case letters, digits or '_'.");
        }
        String type = body.issueType() == null ? "Task" : body.issueType().strip();
        if (type.isEmpty() || type.length() > MAX_TYPE_NAME) {
            throw new InvalidInputException("issueType", "An issue type name is 1 to 255 characters.");
        }
        Integer hours = body.reminderIntervalHours();
        if (hours != null && (hours < 1 || hours > MAX_REMINDER_HOURS)) {
            throw new InvalidInputException("reminderIntervalHours", "Remind every 1 to " + MAX_REMINDER_HOURS
                    + " hours.");
        }
        if (projects.getProjectByCurrentKey(body.projectKey()) == null) {
            throw new NotFoundException("Jira has no project " + body.projectKey() + ".");
        }
        settings.storeActionItemTarget(body.projectKey(), type);
        if (hours != null) {
            settings.storeReminderInterval(java.time.Duration.ofHours(hours));
        }
        return get();
    }
}
