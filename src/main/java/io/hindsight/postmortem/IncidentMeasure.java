package io.hindsight.postmortem;

/**
 * A duration between two key moments. Response measures start at detection, as the MTTA and MTTR definitions
 * do; the incident duration spans impact start to resolution.
 */
public enum IncidentMeasure {
    TIME_TO_DETECT("Time to detect", KeyMoment.IMPACT_STARTED, KeyMoment.DETECTED),
    TIME_TO_ACKNOWLEDGE("Time to acknowledge", KeyMoment.DETECTED, KeyMoment.ACKNOWLEDGED),
    TIME_TO_MITIGATE("Time to mitigate", KeyMoment.DETECTED, KeyMoment.MITIGATED),
    TIME_TO_RESOLVE("Time to resolve", KeyMoment.DETECTED, KeyMoment.RESOLVED),
    INCIDENT_DURATION("Incident duration", KeyMoment.IMPACT_STARTED, KeyMoment.RESOLVED);

    private final String label;
    private final KeyMoment from;
    private final KeyMoment to;

    IncidentMeasure(String label, KeyMoment from, KeyMoment to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    public KeyMoment from() {
        return from;
    }

    public KeyMoment to() {
        return to;
    }
}
