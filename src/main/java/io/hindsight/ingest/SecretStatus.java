package io.hindsight.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What an admin may know about a source's secret: which generation is current, who issued it when, and until
 * when the previous one is still accepted. Never the secret.
 *
 * @param generation         0 when no secret was ever issued
 * @param previousValidUntil {@code null} when no earlier generation is still accepted
 */
public record SecretStatus(int generation, Instant issuedAt, String issuedBy, Instant previousValidUntil) {

    static SecretStatus of(List<SourceSecret> newestFirst, Instant now) {
        if (newestFirst.isEmpty()) {
            return new SecretStatus(0, null, null, null);
        }
        SourceSecret newest = newestFirst.get(0);
        boolean previousValid = newestFirst.size() > 1 && now.isBefore(newest.previousValidUntil());
        return new SecretStatus(newest.generation(), newest.createdAt(), newest.createdBy(),
                previousValid ? newest.previousValidUntil() : null);
    }
}
