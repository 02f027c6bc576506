package io.hindsight.incident.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.incident.Breach;
import io.hindsight.incident.BreachAlreadyClaimedException;
import io.hindsight.incident.BreachClaims;
import io.hindsight.platform.ao.WriteConflicts;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/** Breach claims on Active Objects: a row per breach whose unique key lets exactly one node insert it. */
@Named
public final class AoBreachClaims implements BreachClaims {

    /** Oracle refuses IN lists longer than 1000. */
    static final int MAX_IN_LIST = 1_000;

    private final ActiveObjects ao;

    public AoBreachClaims(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Set<String> claimed(Collection<String> breachKeys) {
        List<String> keys = new ArrayList<>(breachKeys);
        Set<String> claimed = new HashSet<>();
        for (int from = 0; from < keys.size(); from += MAX_IN_LIST) {
            Object[] chunk = keys.subList(from, Math.min(keys.size(), from + MAX_IN_LIST)).toArray();
            BreachClaimAo[] rows = ao.find(BreachClaimAo.class, Query.select().where(BreachClaimAo.BREACH_KEY
                    + " IN (" + String.join(", ", Collections.nCopies(chunk.length, "?")) + ")", chunk));
            for (BreachClaimAo row : rows) {
                claimed.add(row.getBreachKey());
            }
        }
        return claimed;
    }

    @Override
    public void claim(Breach breach, Instant claimedAt) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(BreachClaimAo.BREACH_KEY, breach.key());
        columns.put(BreachClaimAo.INCIDENT_ID, breach.incidentId());
        columns.put(BreachClaimAo.DEADLINE_CLOCK, breach.clock().code());
        columns.put(BreachClaimAo.DUE_AT, breach.dueAt().toEpochMilli());
        columns.put(BreachClaimAo.CLAIMED_AT, claimedAt.toEpochMilli());
        try {
            ao.create(BreachClaimAo.class, columns);
        } catch (RuntimeException failure) {
            if (WriteConflicts.isWriteConflict(failure)) {
                throw new BreachAlreadyClaimedException(breach);
            }
            throw failure;
        }
    }
}
