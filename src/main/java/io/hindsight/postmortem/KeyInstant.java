package io.hindsight.postmortem;

import io.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** When a key moment happened, and the timeline entry that says so ({@code null} when none is linked). */
public record KeyInstant(Instant at, TimelineEvent source) {

    public KeyInstant {
        Objects.requireNonNull(at, "at");
    }

    public static KeyInstant from(TimelineEvent source) {
        return new KeyInstant(source.occurredAt(), source);
    }

    public Optional<TimelineEvent> sourceIfLinked() {
        return Optional.ofNullable(source);
    }
}
