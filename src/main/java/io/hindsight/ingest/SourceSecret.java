package io.hindsight.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One generation of a source's secret, as the store hands it back: for a token source the SHA-256 of the token
 * (the token itself is never kept), for a signed source the signing key itself (kept encrypted at rest).
 *
 * @param previousGrace how long the generation before this one stayed valid after this one was issued
 */
public record SourceSecret(int generation, Instant createdAt, String createdBy, Duration previousGrace,
        byte[] material) {

    public SourceSecret {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(previousGrace, "previousGrace");
        Objects.requireNonNull(material, "material");
    }

    /**
     * The material still valid at {@code now}, from the newest generations first: the newest always, the one
     * before it until the newest one's grace period ends, none older.
     */
    public static List<byte[]> valid(List<SourceSecret> newestFirst, Instant now) {
        List<byte[]> valid = new ArrayList<>(2);
        if (newestFirst.isEmpty()) {
            return valid;
        }
        SourceSecret newest = newestFirst.get(0);
        valid.add(newest.material());
        if (newestFirst.size() > 1 && now.isBefore(newest.previousValidUntil())) {
            valid.add(newestFirst.get(1).material());
        }
        return valid;
    }

    /** Until when the generation before this one is accepted. */
    public Instant previousValidUntil() {
        return createdAt.plus(previousGrace);
    }
}
