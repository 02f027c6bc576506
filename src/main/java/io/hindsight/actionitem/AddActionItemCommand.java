package io.hindsight.actionitem;

import io.hindsight.platform.InvalidInputException;
import io.hindsight.postmortem.ActionItemPriority;
import java.time.LocalDate;

/**
 * A request to add an action item to an incident from its panel; validates its own shape (each error names the
 * field). Whether the owner may be assigned and whether the due date is still ahead is for the service to decide.
 *
 * @param ownerKey the owner's host user key: one person, not a team
 * @param due      the day it is due; it becomes overdue once that day has passed in UTC
 * @param priority {@link ActionItemPriority#MEDIUM} when absent
 */
public record AddActionItemCommand(String summary, String ownerKey, LocalDate due, ActionItemPriority priority,
        ActionItemKind kind) {

    /** Jira keeps summaries to 255 characters. */
    public static final int MAX_SUMMARY = 255;
    private static final int MAX_USER_KEY = 255;

    public AddActionItemCommand {
        if (summary == null || summary.isBlank()) {
            throw new InvalidInputException("summary", "Say what is to be done.");
        }
        summary = summary.strip();
        if (summary.length() > MAX_SUMMARY || summary.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("summary", "A summary is one line of at most " + MAX_SUMMARY
                    + " characters.");
        }
        if (ownerKey == null || ownerKey.isBlank() || ownerKey.length() > MAX_USER_KEY
                || ownerKey.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("owner", "An action item has one owner: give their user key.");
        }
        if (due == null) {
            throw new InvalidInputException("due", "An action item needs a due date (YYYY-MM-DD).");
        }
        priority = priority == null ? ActionItemPriority.MEDIUM : priority;
        if (kind == null) {
            throw new InvalidInputException("type", "An action item type is one of [immediate, short-term, "
                    + "long-term, process].");
        }
    }
}
