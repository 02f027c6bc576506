package io.hindsight.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where sources, their settings and their secrets are kept (shared by every cluster node). */
public interface IngestSourceStore {

    /**
     * Stores a new source.
     *
     * @throws io.hindsight.platform.ConflictException when the name is taken (also by a concurrent create)
     */
    IngestSource create(String name, SourceType type, IngestSettings settings, Instant createdAt, String createdBy);

    Optional<IngestSource> find(String name);

    /** Every source, by name. */
    List<IngestSource> list();

    /** Replaces the settings of an existing source and returns it. */
    IngestSource update(IngestSource source, IngestSettings settings);

    /**
     * Issues the next generation of the source's secret. {@code material} is what {@link SourceSecret} describes;
     * the store keeps a signed source's material encrypted. Concurrent rotations each get their own generation.
     */
    SourceSecret addSecret(IngestSource source, byte[] material, Duration previousGrace, Instant createdAt,
            String createdBy);

    /** The two newest generations of the source's secret, newest first (fewer when fewer were issued). */
    List<SourceSecret> latestSecrets(IngestSource source);
}
