package io.hindsight.actionitem.rest;

import io.hindsight.actionitem.ActionItemView;
import io.hindsight.actionitem.TrackedActionItem;
import java.time.Instant;

/**
 * One action item of an incident.
 *
 * @param dueAt    the first instant after the due day (UTC): overdue from then on; null without a due date
 * @param status   {@code open}, {@code overdue} or {@code done}
 * @param closedAt when it was resolved; null while open
 */
public record ActionItemDto(String issueKey, String incidentKey, String owner, Instant dueAt, String priority,
        String type, String status, Instant createdAt, Instant closedAt) {

    public static ActionItemDto from(ActionItemView view) {
        TrackedActionItem item = view.item();
        return new ActionItemDto(item.issueKey(), item.incidentKey(), item.ownerKey(), item.dueAt(), item.priority(),
                item.kind().code(), view.status().code(), item.createdAt(), item.closedAt());
    }
}
