package io.hindsight.postmortem;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The input of one page and what is derived from it once: measures and the summarised timeline. */
final class PostmortemContext {

    private final PostmortemInput input;
    private final Instant generatedAt;
    private final Map<IncidentMeasure, Measurement> measurements = new EnumMap<>(IncidentMeasure.class);
    private final TimelineSummary timeline;

    PostmortemContext(PostmortemInput input, Instant generatedAt, TimelineSummarizer summarizer) {
        this.input = input;
        this.generatedAt = generatedAt;
        for (IncidentMeasure measure : IncidentMeasure.values()) {
            measurements.put(measure, Measurement.of(measure, input.keyInstants()));
        }
        this.timeline = summarizer.summarize(input.timeline(), input.keyInstants());
    }

    PostmortemInput input() {
        return input;
    }

    Instant generatedAt() {
        return generatedAt;
    }

    Measurement measure(IncidentMeasure measure) {
        return measurements.get(measure);
    }

    TimelineSummary timeline() {
        return timeline;
    }
}
