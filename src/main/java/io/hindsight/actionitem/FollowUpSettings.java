package io.hindsight.actionitem;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an administrator wants follow-up issues made: the Jira project and issue type, the labels every follow-up
 * carries, and the name of the issue link type that ties a follow-up to its incident.
 */
public record FollowUpSettings(String projectKey, String issueTypeName, List<String> labels, String linkTypeName) {

    /** The link type Hindsight installs in Jira: a follow-up "is an action item of" its incident. */
    public static final String ACTION_ITEM_LINK_TYPE = "Action item";

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    /** Jira labels hold no white space. */
    private static final Pattern LABEL = Pattern.compile("\\S{1,255}");

    public FollowUpSettings {
        if (projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()) {
            throw new IllegalArgumentException("A Jira project key is upper-case letters, digits or '_': "
                    + projectKey);
        }
        Objects.requireNonNull(issueTypeName, "issueTypeName");
        labels = List.copyOf(labels);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("A Jira label has no spaces and at most 255 characters: " + label);
            }
        }
        Objects.requireNonNull(linkTypeName, "linkTypeName");
    }

    /** The defaults: tasks in the given project, labelled {@code postmortem}, linked as action items. */
    public static FollowUpSettings inProject(String projectKey) {
        return new FollowUpSettings(projectKey, "Task", List.of("postmortem"), ACTION_ITEM_LINK_TYPE);
    }
}
