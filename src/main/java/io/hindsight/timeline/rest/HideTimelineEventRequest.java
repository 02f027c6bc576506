package io.hindsight.timeline.rest;

/** The body of a request to hide a timeline entry: why it should leave the default view. */
public record HideTimelineEventRequest(String reason) {
}
