package io.hindsight.incident;

import io.hindsight.platform.InvalidInputException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The key instants an incident has, each with its source entry, and the rule that durations between them are never
 * negative: impact started &le; detected &le; acknowledged, and detected &le; mitigated &le; resolved. Immutable.
 */
public final class KeyInstants {

    /** Each pair must be in this order when both are known; checked in this order, the most telling first. */
    static final List<KeyInstant[]> ORDER = List.of(
            new KeyInstant[] {KeyInstant.IMPACT_STARTED, KeyInstant.DETECTED},
            new KeyInstant[] {KeyInstant.DETECTED, KeyInstant.ACKNOWLEDGED},
            new KeyInstant[] {KeyInstant.DETECTED, KeyInstant.MITIGATED},
            new KeyInstant[] {KeyInstant.DETECTED, KeyInstant.RESOLVED},
            new KeyInstant[] {KeyInstant.MITIGATED, KeyInstant.RESOLVED});

    private static final KeyInstants NONE = new KeyInstants(new EnumMap<>(KeyInstant.class));

    private final Map<KeyInstant, KeyInstantEntry> entries;

    private KeyInstants(EnumMap<KeyInstant, KeyInstantEntry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    public static KeyInstants none() {
        return NONE;
    }

    public Optional<KeyInstantEntry> get(KeyInstant instant) {
        return Optional.ofNullable(entries.get(instant));
    }

    /** The known instants, in lifecycle order. */
    public Map<KeyInstant, KeyInstantEntry> asMap() {
        return entries;
    }

    public KeyInstants with(KeyInstant instant, KeyInstantEntry entry) {
        EnumMap<KeyInstant, KeyInstantEntry> copy = copy();
        copy.put(instant, entry);
        return new KeyInstants(copy);
    }

    public KeyInstants without(KeyInstant instant) {
        EnumMap<KeyInstant, KeyInstantEntry> copy = copy();
        copy.remove(instant);
        return new KeyInstants(copy);
    }

    /** The first pair out of order, as a sentence; empty when every known pair is in order. */
    public Optional<String> orderViolation() {
        for (KeyInstant[] pair : ORDER) {
            KeyInstantEntry earlier = entries.get(pair[0]);
            KeyInstantEntry later = entries.get(pair[1]);
            if (earlier != null && later != null && later.at().isBefore(earlier.at())) {
                return Optional.of(pair[1].label() + " (" + later.at() + ") cannot be before "
                        + pair[0].label().toLowerCase(Locale.ROOT) + " (" + earlier.at() + ").");
            }
        }
        return Optional.empty();
    }

    /** Throws a 400 on {@code field} when {@link #orderViolation()} finds one. */
    public KeyInstants requireOrdered(String field) {
        orderViolation().ifPresent(violation -> {
            throw new InvalidInputException(field, violation);
        });
        return this;
    }

    private EnumMap<KeyInstant, KeyInstantEntry> copy() {
        EnumMap<KeyInstant, KeyInstantEntry> copy = new EnumMap<>(KeyInstant.class);
        copy.putAll(entries);
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyInstants instants && entries.equals(instants.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
