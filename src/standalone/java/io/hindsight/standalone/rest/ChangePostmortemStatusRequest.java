package io.hindsight.standalone.rest;

/** Moves a post-mortem page to {@code draft}, {@code in-review} or {@code published}. */
public record ChangePostmortemStatusRequest(String status) {
}
