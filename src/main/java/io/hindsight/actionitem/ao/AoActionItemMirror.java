package io.hindsight.actionitem.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.TrackedActionItem;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.ActiveObjectsException;
import net.java.ao.Query;

/** The action-item mirror on Active Objects: one row per issue key, replaced in place. */
@Named
public final class AoActionItemMirror implements ActionItemMirror {

    private final ActiveObjects ao;

    public AoActionItemMirror(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void put(TrackedActionItem item) {
        ao.executeInTransaction(() -> {
            ActionItemAo row = findRow(item.issueKey()).orElseGet(() -> ao.create(ActionItemAo.class, required(item)));
            row.setIncidentId(item.incidentId());
            row.setIncidentKey(item.incidentKey());
            row.setProjectKey(item.projectKey());
            row.setOwnerKey(item.ownerKey());
            row.setDueAt(millis(item.dueAt()));
            row.setPriority(item.priority());
            row.setItemType(item.kind().code());
            row.setCreatedAt(item.createdAt().toEpochMilli());
            row.setClosedAt(millis(item.closedAt()));
            row.save();
            return null;
        });
    }

    @Override
    public void remove(String issueKey) {
        ao.executeInTransaction(() -> {
            Optional<ActionItemAo> row = findRow(issueKey);
            if (row.isPresent()) {
                // The stand-in declares no delete; the row's own entity manager is the AO service's.
                try {
                    row.get().getEntityManager().delete(row.get());
                } catch (SQLException e) {
                    throw new ActiveObjectsException(e);
                }
            }
            return null;
        });
    }

    @Override
    public Optional<TrackedActionItem> find(String issueKey) {
        return findRow(issueKey).map(AoActionItemMirror::toItem);
    }

    @Override
    public List<TrackedActionItem> ofIncident(long incidentId, int limit) {
        return Arrays.stream(ao.find(ActionItemAo.class, Query.select()
                        .where(ActionItemAo.INCIDENT_ID + " = ?", incidentId)
                        .order(ActionItemAo.ID + " ASC").limit(limit)))
                .map(AoActionItemMirror::toItem).toList();
    }

    @Override
    public List<TrackedActionItem> overdue(Instant now, String afterCursor, int limit) {
        String open = ActionItemAo.CLOSED_AT + " IS NULL AND " + ActionItemAo.OWNER_KEY + " IS NOT NULL AND "
                + ActionItemAo.DUE_AT + " < ?";
        Query query = Query.select().order(ActionItemAo.OWNER_KEY + " ASC, " + ActionItemAo.ISSUE_KEY + " ASC")
                .limit(limit);
        if (afterCursor == null) {
            query = query.where(open, now.toEpochMilli());
        } else {
            String[] position = afterCursor.split("\n", 2);
            query = query.where(open + " AND (" + ActionItemAo.OWNER_KEY + " > ? OR (" + ActionItemAo.OWNER_KEY
                    + " = ? AND " + ActionItemAo.ISSUE_KEY + " > ?))", now.toEpochMilli(), position[0], position[0],
                    position[1]);
        }
        return Arrays.stream(ao.find(ActionItemAo.class, query)).map(AoActionItemMirror::toItem).toList();
    }

    @Override
    public List<String> issueKeysAfter(String afterKey, int limit) {
        Query query = Query.select(ActionItemAo.ID + ", " + ActionItemAo.ISSUE_KEY).order(ActionItemAo.ISSUE_KEY + " ASC")
                .limit(limit);
        if (afterKey != null) {
            query = query.where(ActionItemAo.ISSUE_KEY + " > ?", afterKey);
        }
        return Arrays.stream(ao.find(ActionItemAo.class, query)).map(ActionItemAo::getIssueKey).toList();
    }

    private static TrackedActionItem toItem(ActionItemAo row) {
        return new TrackedActionItem(row.getIssueKey(), row.getIncidentId(), row.getIncidentKey(),
                row.getProjectKey(), row.getOwnerKey(), instant(row.getDueAt()), row.getPriority(),
                ActionItemKind.fromCode(row.getItemType(), "type"), Instant.ofEpochMilli(row.getCreatedAt()),
                instant(row.getClosedAt()));
    }

    private Optional<ActionItemAo> findRow(String issueKey) {
        ActionItemAo[] rows = ao.find(ActionItemAo.class, Query.select().where(ActionItemAo.ISSUE_KEY + " = ?", issueKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static Map<String, Object> required(TrackedActionItem item) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(ActionItemAo.ISSUE_KEY, item.issueKey());
        columns.put(ActionItemAo.INCIDENT_ID, item.incidentId());
        columns.put(ActionItemAo.INCIDENT_KEY, item.incidentKey());
        columns.put(ActionItemAo.PROJECT_KEY, item.projectKey());
        columns.put(ActionItemAo.ITEM_TYPE, item.kind().code());
        columns.put(ActionItemAo.CREATED_AT, item.createdAt().toEpochMilli());
        return columns;
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
