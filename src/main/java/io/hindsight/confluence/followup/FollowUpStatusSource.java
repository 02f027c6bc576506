package io.hindsight.confluence.followup;

import java.util.List;

/**
 * Port: the live status of some follow-up issues as the current user sees them in Jira. Never throws for Jira's
 * failures: a slow, failing or unauthorised Jira comes back as {@link FollowUpStatuses#unavailable} or
 * {@link FollowUpStatuses#authorise}, within the source's own short timeout.
 */
public interface FollowUpStatusSource {

    FollowUpStatuses statusOf(List<String> issueKeys);
}
