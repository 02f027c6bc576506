package io.hindsight.incident.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.ResponsePolicy;
import io.hindsight.incident.ResponsePolicyChangedException;
import io.hindsight.incident.ResponsePolicyStore;
import io.hindsight.incident.Severity;
import io.hindsight.incident.StoredResponsePolicy;
import io.hindsight.platform.ao.WriteConflicts;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Optional;
import net.java.ao.Query;

/**
 * The response policy on Active Objects: every save adds a revision (its levels and clock settings in rows of their
 * own) and nothing is overwritten, so the policy's history stays. The newest revision is the one in force.
 *
 * <p>Saving opens its own transaction; call it outside one, since on PostgreSQL a lost race aborts the transaction.
 */
@Named
public final class AoResponsePolicyStore implements ResponsePolicyStore {

    private final ActiveObjects ao;

    public AoResponsePolicyStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<StoredResponsePolicy> current() {
        PolicyRevisionAo[] newest = ao.find(PolicyRevisionAo.class,
                Query.select().order(PolicyRevisionAo.REVISION + " DESC").limit(1));
        if (newest.length == 0) {
            return Optional.empty();
        }
        int revision = newest[0].getRevision();
        return Optional.of(PolicyRows.read(newest[0],
                ao.find(PolicyLevelAo.class, Query.select().where(PolicyLevelAo.REVISION + " = ?", revision)),
                ao.find(PolicyClockAo.class, Query.select().where(PolicyClockAo.REVISION + " = ?", revision))));
    }

    @Override
    public StoredResponsePolicy save(ResponsePolicy policy, int basedOnRevision, String changedBy, Instant changedAt) {
        int revision = basedOnRevision + 1;
        try {
            return ao.executeInTransaction(() -> {
                ao.create(PolicyRevisionAo.class, PolicyRows.revisionColumns(revision, policy, changedBy, changedAt));
                for (Severity severity : Severity.values()) {
                    ao.create(PolicyLevelAo.class, PolicyRows.levelColumns(revision, severity, policy.of(severity)));
                }
                for (DeadlineClock clock : DeadlineClock.values()) {
                    ao.create(PolicyClockAo.class, PolicyRows.clockColumns(revision, clock, policy.of(clock)));
                }
                return new StoredResponsePolicy(revision, policy, changedBy, changedAt);
            });
        } catch (RuntimeException failure) {
            if (WriteConflicts.isWriteConflict(failure)) {
                throw new ResponsePolicyChangedException(basedOnRevision);
            }
            throw failure;
        }
    }
}
