package io.hindsight.postmortem;

import io.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One row of the post-mortem's timeline table: a single entry, or a run of entries folded into a count. */
public sealed interface TimelineRow {

    Instant start();

    /** A timeline entry shown as it is; {@code moment} when it is the source of a key instant. */
    record Single(TimelineEvent event, Optional<KeyMoment> moment) implements TimelineRow {

        @Override
        public Instant start() {
            return event.occurredAt();
        }
    }

    /** Consecutive timeline entries shown as one row, with how many there were and of what kinds. */
    record Folded(List<TimelineEvent> events) implements TimelineRow {

        public Folded {
            if (events.size() < 2) {
                throw new IllegalArgumentException("A folded row holds two entries or more.");
            }
        }

        @Override
        public Instant start() {
            return events.get(0).occurredAt();
        }

        public Instant end() {
            return events.get(events.size() - 1).occurredAt();
        }

        public TimelineEvent first() {
            return events.get(0);
        }

        public TimelineEvent last() {
            return events.get(events.size() - 1);
        }
    }
}
