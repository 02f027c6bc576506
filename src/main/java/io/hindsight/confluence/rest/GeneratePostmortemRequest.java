package io.hindsight.confluence.rest;

/** Generating a post-mortem from the macro: {@code pageId} is the page the macro is on. */
public record GeneratePostmortemRequest(Long pageId) {
}
