package io.hindsight.postmortem;

import io.hindsight.timeline.TimelineEvent;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The key instants recorded for an incident; any of them may be missing. */
public final class KeyInstants {

    private final Map<KeyMoment, KeyInstant> instants;

    private KeyInstants(Map<KeyMoment, KeyInstant> instants) {
        this.instants = Collections.unmodifiableMap(new EnumMap<>(instants));
    }

    public static KeyInstants none() {
        return new KeyInstants(new EnumMap<>(KeyMoment.class));
    }

    public static KeyInstants of(Map<KeyMoment, KeyInstant> instants) {
        EnumMap<KeyMoment, KeyInstant> copy = new EnumMap<>(KeyMoment.class);
        copy.putAll(instants);
        return new KeyInstants(copy);
    }

    /** A copy with {@code moment} set. */
    public KeyInstants with(KeyMoment moment, KeyInstant instant) {
        EnumMap<KeyMoment, KeyInstant> copy = new EnumMap<>(KeyMoment.class);
        copy.putAll(instants);
        copy.put(moment, instant);
        return new KeyInstants(copy);
    }

    public Optional<KeyInstant> get(KeyMoment moment) {
        return Optional.ofNullable(instants.get(moment));
    }

    /** The first key moment (in lifecycle order) whose source is this timeline entry. */
    public Optional<KeyMoment> momentSourcedBy(TimelineEvent event) {
        for (KeyMoment moment : KeyMoment.values()) {
            KeyInstant instant = instants.get(moment);
            if (instant != null && instant.source() != null && instant.source().id() == event.id()) {
                return Optional.of(moment);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyInstants that && instants.equals(that.instants);
    }

    @Override
    public int hashCode() {
        return instants.hashCode();
    }

    @Override
    public String toString() {
        return "KeyInstants" + instants;
    }
}
