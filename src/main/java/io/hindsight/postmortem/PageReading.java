package io.hindsight.postmortem;

import java.util.List;
import java.util.Optional;

/** What Hindsight reads back from a post-mortem page: its status and its action items, in page order. */
public record PageReading(PostmortemStatus status, List<PageActionItem> actionItems) {

    public PageReading {
        actionItems = List.copyOf(actionItems);
    }

    public Optional<PostmortemStatus> statusIfFound() {
        return Optional.ofNullable(status);
    }
}
