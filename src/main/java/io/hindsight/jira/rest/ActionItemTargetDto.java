package io.hindsight.jira.rest;

/**
 * Where action items added from the incident panel are filed.
 *
 * @param projectKey null until an administrator sets one: each incident's own project is used meanwhile
 * @param issueType  the issue type's name; {@code Task} when not set
 * @param reminderIntervalHours how often owners of overdue work are reminded: 1 to 720 hours, 24 when not set
 */
public record ActionItemTargetDto(String projectKey, String issueType, Integer reminderIntervalHours) {
}
