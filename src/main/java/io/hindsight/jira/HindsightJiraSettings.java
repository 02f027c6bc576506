package io.hindsight.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Hindsight's own configuration in Jira, kept in SAL's global plugin settings (in Jira's database, so every cluster
 * node reads the same): the ids of what setup created, the projects Hindsight is on for, and the last setup report.
 */
@JiraComponent
public class HindsightJiraSettings {

    private static final String PREFIX = "io.hindsight.jira.";
    private static final String ISSUE_TYPE_ID = PREFIX + "issueTypeId";
    private static final String WORKFLOW_NAME = PREFIX + "workflowName";
    private static final String LINK_TYPE_ID = PREFIX + "actionItemLinkTypeId";
    private static final String ACTION_ITEM_PROJECT = PREFIX + "actionItemProject";
    private static final String ACTION_ITEM_ISSUE_TYPE = PREFIX + "actionItemIssueType";
    private static final String REMINDER_HOURS = PREFIX + "reminderIntervalHours";
    private static final String PROJECTS = PREFIX + "projects";
    private static final String SETUP_REPORT = PREFIX + "setupReport";
    private static final String RECORD_COMMENTS = "comments";
    private static final String PLAIN = "plain";

    private final PluginSettingsFactory settingsFactory;

    public HindsightJiraSettings(@JiraImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    public Optional<String> issueTypeId() {
        return read(ISSUE_TYPE_ID);
    }

    public void rememberIssueTypeId(String id) {
        settings().put(ISSUE_TYPE_ID, id);
    }

    /** The name of the workflow setup created, if it ever did. */
    public Optional<String> workflowName() {
        return read(WORKFLOW_NAME);
    }

    public void rememberWorkflowName(String name) {
        settings().put(WORKFLOW_NAME, name);
    }

    /** The id of the "Action item" issue link type setup created, if it ever did. */
    public Optional<String> actionItemLinkTypeId() {
        return read(LINK_TYPE_ID);
    }

    public void rememberActionItemLinkTypeId(long id) {
        settings().put(LINK_TYPE_ID, Long.toString(id));
    }

    /** The key of the project action items are filed in, when an administrator chose one. */
    public Optional<String> actionItemProjectKey() {
        return read(ACTION_ITEM_PROJECT);
    }

    /** The issue type action items are created as, when an administrator chose one. */
    public Optional<String> actionItemIssueType() {
        return read(ACTION_ITEM_ISSUE_TYPE);
    }

    public void storeActionItemTarget(String projectKey, String issueTypeName) {
        settings().put(ACTION_ITEM_PROJECT, projectKey);
        settings().put(ACTION_ITEM_ISSUE_TYPE, issueTypeName);
    }

    /** How often overdue work is reminded of, when an administrator changed it from daily. */
    public Optional<java.time.Duration> reminderInterval() {
        return read(REMINDER_HOURS).flatMap(text -> {
            try {
                return Optional.of(java.time.Duration.ofHours(Long.parseLong(text)));
            } catch (NumberFormatException unreadable) {
                return Optional.empty();
            }
        });
    }

    public void storeReminderInterval(java.time.Duration interval) {
        settings().put(REMINDER_HOURS, Long.toString(interval.toHours()));
    }

    /** The id ("customfield_10100") of the field setup created, if it ever did. */
    public Optional<String> fieldId(IncidentField field) {
        return read(fieldKey(field));
    }

    public void rememberFieldId(IncidentField field, String id) {
        settings().put(fieldKey(field), id);
    }

    /** Project id to whether comments are recorded on the timeline, for every project Hindsight is on for. */
    public Map<Long, Boolean> enabledProjects() {
        String stored = read(PROJECTS).orElse("");
        if (stored.isBlank()) {
            return Collections.emptyMap();
        }
        Map<Long, Boolean> projects = new LinkedHashMap<>();
        for (String entry : stored.split(",")) {
            String[] parts = entry.split(":", 2);
            projects.put(Long.valueOf(parts[0]), parts.length > 1 && RECORD_COMMENTS.equals(parts[1]));
        }
        return projects;
    }

    public boolean isEnabled(long projectId) {
        return enabledProjects().containsKey(projectId);
    }

    public boolean recordsComments(long projectId) {
        return enabledProjects().getOrDefault(projectId, false);
    }

    public void storeEnabledProjects(Map<Long, Boolean> projects) {
        settings().put(PROJECTS, projects.entrySet().stream()
                .map(entry -> entry.getKey() + ":" + (entry.getValue() ? RECORD_COMMENTS : PLAIN))
                .collect(Collectors.joining(",")));
    }

    /** The report of the last setup run, as {@link io.hindsight.jira.setup.SetupReport#toLines()} wrote it. */
    public Optional<String> setupReport() {
        return read(SETUP_REPORT);
    }

    public void rememberSetupReport(String report) {
        settings().put(SETUP_REPORT, report);
    }

    private Optional<String> read(String key) {
        Object value = settings().get(key);
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    private static String fieldKey(IncidentField field) {
        return PREFIX + "field." + Arrays.stream(field.name().toLowerCase(Locale.ROOT).split("_"))
                .collect(Collectors.joining("-"));
    }

    // Created per call, not kept: SAL's settings objects are not thread-safe.
    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
