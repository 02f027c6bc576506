package io.hindsight.postmortem;

/** The instants that drive an incident's metrics, in the order they normally happen. */
public enum KeyMoment {
    IMPACT_STARTED("Impact started"),
    DETECTED("Detected"),
    ACKNOWLEDGED("Acknowledged"),
    MITIGATED("Mitigated"),
    RESOLVED("Resolved");

    private final String label;

    KeyMoment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
