package io.hindsight.timeline;

/** A pinned timeline entry with who pinned it and when. */
public record PinnedEntry(TimelineEvent event, TimelinePin pin) {
}
