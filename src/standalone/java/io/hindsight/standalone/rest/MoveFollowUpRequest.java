package io.hindsight.standalone.rest;

/** Moves a follow-up issue to {@code done} or back to {@code to-do}. */
public record MoveFollowUpRequest(String status) {
}
