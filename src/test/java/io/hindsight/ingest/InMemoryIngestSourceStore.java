package io.hindsight.ingest;

import io.hindsight.platform.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An {@link IngestSourceStore} in memory, for tests above storage. */
public final class InMemoryIngestSourceStore implements IngestSourceStore {

    private final Map<String, IngestSource> byName = new TreeMap<>();
    private final Map<Long, List<SourceSecret>> secrets = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized IngestSource create(String name, SourceType type, IngestSettings settings, Instant createdAt,
            String createdBy) {
        if (byName.containsKey(name)) {
            throw new ConflictException("source_exists", "An ingestion source named '" + name + "' exists.");
        }
        IngestSource source = new IngestSource(nextId++, name, type, settings, createdAt, createdBy);
        byName.put(name, source);
        return source;
    }

    @Override
    public synchronized Optional<IngestSource> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public synchronized List<IngestSource> list() {
        return List.copyOf(byName.values());
    }

    @Override
    public synchronized IngestSource update(IngestSource source, IngestSettings settings) {
        IngestSource updated = new IngestSource(source.id(), source.name(), source.type(), settings, source.createdAt(),
                source.createdBy());
        byName.put(source.name(), updated);
        return updated;
    }

    @Override
    public synchronized SourceSecret addSecret(IngestSource source, byte[] material, Duration previousGrace,
            Instant createdAt, String createdBy) {
        List<SourceSecret> list = secrets.computeIfAbsent(source.id(), id -> new ArrayList<>());
        SourceSecret secret = new SourceSecret(list.size() + 1, createdAt, createdBy, previousGrace, material.clone());
        list.add(secret);
        return secret;
    }

    @Override
    public synchronized List<SourceSecret> latestSecrets(IngestSource source) {
        return secrets.getOrDefault(source.id(), List.of()).stream()
                .sorted(Comparator.comparingInt(SourceSecret::generation).reversed()).limit(2).toList();
    }
}
