package io.hindsight.timeline;

/** The stored entry, and whether this call created it ({@code false}: a repeat of an earlier external id). */
public record AppendResult(TimelineEvent event, boolean created) {
}
