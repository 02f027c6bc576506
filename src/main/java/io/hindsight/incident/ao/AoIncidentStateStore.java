package io.hindsight.incident.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.incident.ConcurrentIncidentChangeException;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.platform.ao.WriteConflicts;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Incident states on Active Objects, shared by every host. A change claims its version in {@link IncidentVersionAo}
 * before it updates the state row, so two nodes cannot both store the same version: the second one's claim fails on
 * the unique key, and the service retries it from a fresh read.
 */
@Named
public final class AoIncidentStateStore implements IncidentStateStore {

    private final ActiveObjects ao;

    public AoIncidentStateStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<IncidentState> find(long incidentId) {
        return findRow(incidentId).map(IncidentStateRows::read);
    }

    @Override
    public void insert(IncidentState state) {
        claimVersion(state);
        IncidentStateAo row = conflictAware(state, () -> ao.create(IncidentStateAo.class, requiredColumns(state)));
        IncidentStateRows.write(row, state);
        row.save();
    }

    @Override
    public void update(IncidentState state) {
        claimVersion(state);
        IncidentStateAo row = findRow(state.incidentId()).orElseThrow(() -> new IllegalStateException(
                "No state row for incident " + state.incidentId() + " to update"));
        if (row.getStateVersion() != state.version() - 1) {
            throw new ConcurrentIncidentChangeException(state.incident().key());
        }
        IncidentStateRows.write(row, state);
        row.save();
    }

    @Override
    public List<IncidentState> overdue(DeadlineClock clock, Instant dueFrom, Instant dueBefore, long afterIncidentId,
            int limit) {
        String due = IncidentStateRows.dueColumn(clock);
        IncidentStateAo[] rows = ao.find(IncidentStateAo.class, Query.select()
                .where(due + " >= ? AND " + due + " < ? AND " + IncidentStateRows.metColumn(clock) + " IS NULL AND "
                                + IncidentStateAo.INCIDENT_ID + " > ?",
                        dueFrom.toEpochMilli(), dueBefore.toEpochMilli(), afterIncidentId)
                .order(IncidentStateAo.INCIDENT_ID + " ASC")
                .limit(limit));
        return Arrays.stream(rows).map(IncidentStateRows::read).toList();
    }

    private Optional<IncidentStateAo> findRow(long incidentId) {
        IncidentStateAo[] rows = ao.find(IncidentStateAo.class,
                Query.select().where(IncidentStateAo.INCIDENT_ID + " = ?", incidentId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private void claimVersion(IncidentState state) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(IncidentVersionAo.VERSION_KEY, state.incidentId() + ":" + state.version());
        columns.put(IncidentVersionAo.INCIDENT_ID, state.incidentId());
        columns.put(IncidentVersionAo.STATE_VERSION, state.version());
        conflictAware(state, () -> ao.create(IncidentVersionAo.class, columns));
    }

    /** The NOT NULL columns, which the INSERT must carry; the rest follow in an UPDATE. */
    private static Map<String, Object> requiredColumns(IncidentState state) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(IncidentStateAo.INCIDENT_ID, state.incidentId());
        columns.put(IncidentStateAo.ISSUE_KEY, state.incident().key());
        columns.put(IncidentStateAo.PROJECT_KEY, state.incident().projectKey());
        columns.put(IncidentStateAo.SUMMARY, state.incident().summary());
        columns.put(IncidentStateAo.STATE_VERSION, state.version());
        columns.put(IncidentStateAo.SEVERITY, state.severity().code());
        columns.put(IncidentStateAo.SEVERITY_SINCE, state.severitySince().toEpochMilli());
        columns.put(IncidentStateAo.DECLARED_AT, state.declaredAt().toEpochMilli());
        columns.put(IncidentStateAo.DECLARED_ENTRY_ID, state.declaredEntryId());
        columns.put(IncidentStateAo.INCIDENT_STATUS, state.status().code());
        columns.put(IncidentStateAo.DECLARED_BY, state.declaredBy());
        columns.put(IncidentStateAo.COMMANDER_KEY, state.commanderKey());
        return columns;
    }

    private interface Write<T> {
        T run();
    }

    private static <T> T conflictAware(IncidentState state, Write<T> write) {
        try {
            return write.run();
        } catch (RuntimeException failure) {
            if (WriteConflicts.isWriteConflict(failure)) {
                throw new ConcurrentIncidentChangeException(state.incident().key());
            }
            throw failure;
        }
    }
}
