package io.hindsight.jira.project;

/**
 * What the Incidents project page template needs: where Hindsight's REST API is (the base URL with Jira's context
 * path) and the project the page starts on. The template escapes both.
 */
public record IncidentsPageView(String baseUrl, String projectKey) {
}
