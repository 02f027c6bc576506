package io.hindsight.ingest.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.incident.IncidentRef;
import io.hindsight.ingest.IncidentClaim;
import io.hindsight.ingest.IncidentClaims;
import io.hindsight.ingest.IncidentGroup;
import io.hindsight.platform.ao.WriteConflicts;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Incident claims on Active Objects: the unique claim key (group hash and generation) lets exactly one INSERT win
 * per generation, on any node. Each call is one statement in auto-commit, so a lost race poisons no transaction.
 */
@Named
public final class AoIncidentClaims implements IncidentClaims {

    private final ActiveObjects ao;

    public AoIncidentClaims(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<IncidentClaim> latest(IncidentGroup group) {
        return latestRow(group).map(row -> new IncidentClaim(row.getGeneration(), Instant.ofEpochMilli(row.getClaimedAt()),
                row.getIncidentKey(), row.getAbandoned()));
    }

    @Override
    public boolean tryClaim(IncidentGroup group, int generation, Instant now) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(IngestClaimAo.CLAIM_KEY, claimKey(group, generation));
        columns.put(IngestClaimAo.GROUP_HASH, group.hash());
        columns.put(IngestClaimAo.GENERATION, generation);
        columns.put(IngestClaimAo.PROJECT_KEY, group.projectKey());
        columns.put(IngestClaimAo.GROUP_NAME, group.name());
        columns.put(IngestClaimAo.CLAIMED_AT, now.toEpochMilli());
        columns.put(IngestClaimAo.INCIDENT_ID, 0L);
        columns.put(IngestClaimAo.ABANDONED, false);
        try {
            ao.create(IngestClaimAo.class, columns);
            return true;
        } catch (RuntimeException failure) {
            if (WriteConflicts.isWriteConflict(failure)) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public void settle(IncidentGroup group, int generation, IncidentRef incident) {
        IngestClaimAo row = row(group, generation);
        row.setIncidentId(incident.id());
        row.setIncidentKey(incident.key());
        row.save();
    }

    @Override
    public void abandon(IncidentGroup group, int generation) {
        IngestClaimAo row = row(group, generation);
        row.setAbandoned(true);
        row.save();
    }

    private Optional<IngestClaimAo> latestRow(IncidentGroup group) {
        IngestClaimAo[] rows = ao.find(IngestClaimAo.class, Query.select()
                .where(IngestClaimAo.GROUP_HASH + " = ?", group.hash())
                .order(IngestClaimAo.GENERATION + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private IngestClaimAo row(IncidentGroup group, int generation) {
        IngestClaimAo[] rows = ao.find(IngestClaimAo.class,
                Query.select().where(IngestClaimAo.CLAIM_KEY + " = ?", claimKey(group, generation)));
        if (rows.length == 0) {
            throw new IllegalStateException("No claim " + generation + " of group " + group);
        }
        return rows[0];
    }

    private static String claimKey(IncidentGroup group, int generation) {
        return group.hash() + ":" + generation;
    }
}
