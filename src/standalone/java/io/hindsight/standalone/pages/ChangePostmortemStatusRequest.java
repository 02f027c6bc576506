package io.hindsight.standalone.pages;

/** Moves a post-mortem page to {@code draft}, {@code in-review} or {@code published}. */
public record ChangePostmortemStatusRequest(String status) {
}
