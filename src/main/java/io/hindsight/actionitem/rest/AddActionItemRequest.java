package io.hindsight.actionitem.rest;

import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.AddActionItemCommand;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.postmortem.ActionItemPriority;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The body of a request to add an action item to an incident.
 *
 * @param owner    the owner's user key
 * @param due      {@code YYYY-MM-DD}
 * @param priority {@code Highest}, {@code High}, {@code Medium} (default), {@code Low} or {@code Lowest}
 * @param type     {@code immediate}, {@code short-term}, {@code long-term} or {@code process}
 */
public record AddActionItemRequest(String summary, String owner, String due, String priority, String type) {

    /** The validated command; a 400 naming the field when something breaks the rules. */
    public AddActionItemCommand toCommand() {
        return new AddActionItemCommand(summary, owner, date(due), priority(priority),
                type == null ? null : ActionItemKind.fromCode(type, "type"));
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("due", "A due date looks like 2026-12-31.");
        }
    }

    private static ActionItemPriority priority(String text) {
        if (text == null) {
            return null;
        }
        return ActionItemPriority.fromTitle(text).orElseThrow(() -> new InvalidInputException("priority",
                "A priority is Highest, High, Medium, Low or Lowest."));
    }
}
