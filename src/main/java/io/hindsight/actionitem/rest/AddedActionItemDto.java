package io.hindsight.actionitem.rest;

import io.hindsight.actionitem.ActionItemService;

/** The answer to adding an action item: the item, and a warning when it could not be linked to the incident. */
public record AddedActionItemDto(ActionItemDto actionItem, String warning) {

    public static AddedActionItemDto from(ActionItemService.Added added) {
        return new AddedActionItemDto(ActionItemDto.from(added.view()), added.warning());
    }
}
