package io.hindsight.confluence.rest;

/** Moving a post-mortem to {@code draft}, {@code in-review} or {@code published}. */
public record ChangeStatusRequest(String status) {
}
