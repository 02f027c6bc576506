package io.hindsight.jira.rest;

/**
 * The optional body of a request to turn Hindsight on for a project.
 *
 * @param recordComments whether comments on the project's incidents go on their timelines; absent means no
 */
public record EnableProjectRequest(Boolean recordComments) {
}
