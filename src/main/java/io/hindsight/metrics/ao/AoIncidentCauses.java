package io.hindsight.metrics.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.metrics.IncidentCause;
import io.hindsight.metrics.IncidentCauses;
import io.hindsight.metrics.RepeatMatcher;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/** Incident causes on Active Objects; the match against earlier incidents reads one indexed page of the service's. */
@Named
public final class AoIncidentCauses implements IncidentCauses {

    private final ActiveObjects ao;

    public AoIncidentCauses(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<String> record(IncidentCause cause) {
        return ao.executeInTransaction(() -> {
            List<IncidentCause> earlier = Arrays.stream(ao.find(IncidentCauseAo.class, Query.select()
                            .where(IncidentCauseAo.SERVICE + " = ? AND " + IncidentCauseAo.DECLARED_AT + " < ?",
                                    cause.service(), cause.declaredAt().toEpochMilli())
                            .order(IncidentCauseAo.DECLARED_AT + " DESC")
                            .limit(CANDIDATES)))
                    .map(AoIncidentCauses::read).toList();
            Optional<IncidentCause> repeatOf = RepeatMatcher.repeatOf(cause, earlier);
            IncidentCauseAo[] existing = ao.find(IncidentCauseAo.class,
                    Query.select().where(IncidentCauseAo.INCIDENT_ID + " = ?", cause.incidentId()));
            IncidentCauseAo row = existing.length > 0 ? existing[0] : ao.create(IncidentCauseAo.class, required(cause));
            row.setIncidentKey(cause.incidentKey());
            row.setProjectKey(cause.projectKey());
            row.setService(cause.service());
            row.setLabels(String.join(",", cause.labels().stream().sorted().toList()));
            row.setRootCause(cause.rootCause());
            row.setDeclaredAt(cause.declaredAt().toEpochMilli());
            row.setRepeatOf(repeatOf.map(IncidentCause::incidentId).orElse(null));
            row.setRepeatOfKey(repeatOf.map(IncidentCause::incidentKey).orElse(null));
            row.save();
            return repeatOf.map(IncidentCause::incidentKey);
        });
    }

    private static IncidentCause read(IncidentCauseAo row) {
        String labels = row.getLabels();
        return new IncidentCause(row.getIncidentId(), row.getIncidentKey(), row.getProjectKey(), row.getService(),
                labels == null || labels.isEmpty() ? Set.of() : Set.of(labels.split(",")), row.getRootCause(),
                Instant.ofEpochMilli(row.getDeclaredAt()));
    }

    private static Map<String, Object> required(IncidentCause cause) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(IncidentCauseAo.INCIDENT_ID, cause.incidentId());
        columns.put(IncidentCauseAo.INCIDENT_KEY, cause.incidentKey());
        columns.put(IncidentCauseAo.PROJECT_KEY, cause.projectKey());
        columns.put(IncidentCauseAo.SERVICE, cause.service());
        columns.put(IncidentCauseAo.DECLARED_AT, cause.declaredAt().toEpochMilli());
        return columns;
    }
}
