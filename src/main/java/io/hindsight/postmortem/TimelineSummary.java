package io.hindsight.postmortem;

import java.util.List;

/**
 * The rows a post-mortem shows for a timeline.
 *
 * @param visibleEntries     entries on the timeline that are not hidden
 * @param folded             true when some entries are folded into counts
 * @param stateChangesFolded true when even state changes had to be folded to stay within the row limit
 */
public record TimelineSummary(List<TimelineRow> rows, int visibleEntries, boolean folded,
                              boolean stateChangesFolded) {

    public TimelineSummary {
        rows = List.copyOf(rows);
    }
}
