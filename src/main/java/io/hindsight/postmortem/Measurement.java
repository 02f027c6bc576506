package io.hindsight.postmortem;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure computed from the key instants, or the reason it is unknown (an instant missing, or the instants in
 * the wrong order). A duration is never typed in, and never negative.
 */
public record Measurement(IncidentMeasure measure, Duration value, String unknownBecause) {

    public Measurement {
        Objects.requireNonNull(measure, "measure");
        if ((value == null) == (unknownBecause == null)) {
            throw new IllegalArgumentException("A measurement has either a value or a reason it is unknown.");
        }
        if (value != null && value.isNegative()) {
            throw new IllegalArgumentException("A duration is never negative.");
        }
    }

    /** Measures {@code measure} from the key instants. */
    public static Measurement of(IncidentMeasure measure, KeyInstants instants) {
        Optional<KeyInstant> from = instants.get(measure.from());
        Optional<KeyInstant> to = instants.get(measure.to());
        if (from.isEmpty() || to.isEmpty()) {
            KeyMoment missing = from.isEmpty() ? measure.from() : measure.to();
            return new Measurement(measure, null, "“" + missing.label() + "” is not recorded");
        }
        Duration duration = Duration.between(from.get().at(), to.get().at());
        if (duration.isNegative()) {
            return new Measurement(measure, null,
                    "“" + measure.to().label() + "” is recorded before “" + measure.from().label() + "”");
        }
        return new Measurement(measure, duration, null);
    }

    public Optional<Duration> valueIfKnown() {
        return Optional.ofNullable(value);
    }

    /** The value for people ("1 h 35 min"), or "unknown". */
    public String display() {
        return value == null ? "unknown" : PageText.duration(value);
    }
}
