package io.hindsight.standalone.followups;

import java.time.LocalDate;
import java.util.List;

/** A follow-up issue of the embedded host as its readers see it, with both of its links. */
public record FollowUpIssue(String key, String summary, String assignee, LocalDate due, String priority,
                            String status, List<String> labels, String incidentKey, String linkType, String pageUrl,
                            String pageTitle) {

    public FollowUpIssue {
        labels = List.copyOf(labels);
    }
}
