package io.hindsight.standalone.rest;

/** A person's edit of a post-mortem page: the version it was made on, and the whole new body in storage format. */
public record EditPostmortemRequest(Integer version, String body) {
}
