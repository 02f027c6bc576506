package io.hindsight.actionitem;

import java.util.Objects;

/** One action item of an incident with its status now, as the incident panel lists it. */
public record ActionItemView(TrackedActionItem item, ActionItemStatus status) {

    public ActionItemView {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
    }
}
