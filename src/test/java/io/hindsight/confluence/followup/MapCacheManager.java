package io.hindsight.confluence.followup;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's cache manager played by a map whose entries expire {@code ttl} after they were loaded, by the given
 * clock. Every value is serialised on the way in, as a cluster-wide cache would, so a value that cannot cross nodes
 * fails here.
 */
public final class MapCacheManager implements CacheManager {

    private final Clock clock;
    private final Duration ttl;

    public MapCacheManager(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        Map<K, Map.Entry<Instant, V>> entries = new ConcurrentHashMap<>();
        return new Cache<>() {
            @Override
            public V get(K key) {
                Map.Entry<Instant, V> entry = entries.get(key);
                if (entry == null || !clock.instant().isBefore(entry.getKey().plus(ttl))) {
                    V value = loader.load(key);
                    serialise(value);
                    entry = Map.entry(clock.instant(), value);
                    entries.put(key, entry);
                }
                return entry.getValue();
            }

            @Override
            public void remove(K key) {
                entries.remove(key);
            }
        };
    }

    private static void serialise(Object value) {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("a cached value must be serialisable", e);
        }
    }
}
