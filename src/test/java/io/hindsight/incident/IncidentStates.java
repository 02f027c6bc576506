package io.hindsight.incident;

import io.hindsight.timeline.TimelineEventKind;
import java.time.Duration;
import java.time.Instant;

/** Test data: a valid {@link IncidentState} to adjust, e.g. {@code anIncident().withSeverity(SEV_1).resolvedAt(t)}. */
public final class IncidentStates {

    public static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
    public static final IncidentRef OPS_7 = new IncidentRef(10_007L, "OPS-7", "OPS", "Checkout returns 502");

    private IncidentRef incident = OPS_7;
    private int version = 1;
    private Severity severity = Severity.SEV_2;
    private Instant severitySince = T0;
    private IncidentStatus status = IncidentStatus.INVESTIGATING;
    private Instant declaredAt = T0;
    private long declaredEntryId = 1;
    private String commanderKey = "u-commander";
    private KeyInstants keyInstants = KeyInstants.none();
    private PostmortemRecord postmortem;
    private Instant personalDataBreachAwareAt;
    private Deadlines deadlines = Deadlines.none();
    private MetricsExclusion exclusion;

    private IncidentStates() {
    }

    public static IncidentStates anIncident() {
        return new IncidentStates();
    }

    public IncidentStates on(IncidentRef value) {
        this.incident = value;
        return this;
    }

    public IncidentStates atVersion(int value) {
        this.version = value;
        return this;
    }

    public IncidentStates withSeverity(Severity value) {
        this.severity = value;
        return this;
    }

    public IncidentStates withSeveritySince(Instant value) {
        this.severitySince = value;
        return this;
    }

    public IncidentStates in(IncidentStatus value) {
        this.status = value;
        return this;
    }

    public IncidentStates declaredAt(Instant value) {
        this.declaredAt = value;
        this.severitySince = value;
        return this;
    }

    public IncidentStates declaredInEntry(long entryId) {
        this.declaredEntryId = entryId;
        return this;
    }

    public IncidentStates commandedBy(String userKey) {
        this.commanderKey = userKey;
        return this;
    }

    public IncidentStates with(KeyInstant instant, Instant at, long entryId, TimelineEventKind kind) {
        this.keyInstants = keyInstants.with(instant, new KeyInstantEntry(at, entryId, kind));
        return this;
    }

    /** Mitigated and resolved at these instants, both from status changes. */
    public IncidentStates resolvedAt(Instant mitigated, Instant resolved) {
        return with(KeyInstant.MITIGATED, mitigated, 90, TimelineEventKind.STATUS_CHANGED)
                .with(KeyInstant.RESOLVED, resolved, 91, TimelineEventKind.STATUS_CHANGED)
                .in(IncidentStatus.RESOLVED);
    }

    public IncidentStates withPostmortem(PostmortemStatus postmortemStatus, Instant at) {
        this.postmortem = PostmortemRecord.next(null, "https://wiki.example.com/pm/ops-7", postmortemStatus,
                "u-author", at);
        return this;
    }

    public IncidentStates personalDataBreachSince(Instant awareAt) {
        this.personalDataBreachAwareAt = awareAt;
        return this;
    }

    public IncidentStates withDeadline(DeadlineClock clock, Instant startedAt, Duration within, Instant metAt) {
        this.deadlines = deadlines.with(new Deadline(clock, startedAt, startedAt.plus(within), metAt));
        return this;
    }

    public IncidentStates excludedAs(MetricsExclusion value) {
        this.exclusion = value;
        return this;
    }

    public IncidentState build() {
        return new IncidentState(incident, version, severity, severitySince, status, declaredAt, "u-declarer",
                declaredEntryId, commanderKey, keyInstants, postmortem, personalDataBreachAwareAt, deadlines,
                exclusion);
    }
}
