package io.hindsight.incident;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The deadlines an incident carries, at most one per clock. Immutable. */
public final class Deadlines {

    private static final Deadlines NONE = new Deadlines(new EnumMap<>(DeadlineClock.class));

    private final Map<DeadlineClock, Deadline> byClock;

    private Deadlines(EnumMap<DeadlineClock, Deadline> byClock) {
        this.byClock = Collections.unmodifiableMap(byClock);
    }

    public static Deadlines none() {
        return NONE;
    }

    public static Deadlines of(Collection<Deadline> deadlines) {
        EnumMap<DeadlineClock, Deadline> map = new EnumMap<>(DeadlineClock.class);
        deadlines.forEach(deadline -> {
            if (map.put(deadline.clock(), deadline) != null) {
                throw new IllegalArgumentException("Two deadlines for " + deadline.clock());
            }
        });
        return new Deadlines(map);
    }

    public Optional<Deadline> get(DeadlineClock clock) {
        return Optional.ofNullable(byClock.get(clock));
    }

    /** Every deadline, in clock order. */
    public Collection<Deadline> all() {
        return byClock.values();
    }

    public Deadlines with(Deadline deadline) {
        EnumMap<DeadlineClock, Deadline> map = new EnumMap<>(DeadlineClock.class);
        map.putAll(byClock);
        map.put(deadline.clock(), deadline);
        return new Deadlines(map);
    }

    public Deadlines without(DeadlineClock clock) {
        EnumMap<DeadlineClock, Deadline> map = new EnumMap<>(DeadlineClock.class);
        map.putAll(byClock);
        map.remove(clock);
        return new Deadlines(map);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Deadlines deadlines && byClock.equals(deadlines.byClock);
    }

    @Override
    public int hashCode() {
        return byClock.hashCode();
    }

    @Override
    public String toString() {
        return byClock.values().toString();
    }
}
