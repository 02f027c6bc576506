package io.hindsight.standalone.followups;

import java.util.List;

/** A follow-up issue of the embedded host as its readers see it, with both of its links; {@code due} is an ISO date. */
public record FollowUpIssue(String key, String summary, String assignee, String due, String priority,
                            String status, List<String> labels, String incidentKey, String linkType, String pageUrl,
                            String pageTitle) {

    public FollowUpIssue {
        labels = List.copyOf(labels);
    }
}
