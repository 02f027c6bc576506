package io.hindsight.metrics;

/** One owner's action items: open ones, how many of those are overdue, and how many are closed. */
public record OwnerLoad(String ownerKey, long open, long overdue, long closed) {
}
