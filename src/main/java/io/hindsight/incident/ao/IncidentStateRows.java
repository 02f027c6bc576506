package io.hindsight.incident.ao;

import io.hindsight.incident.Deadline;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.Deadlines;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.incident.KeyInstant;
import io.hindsight.incident.KeyInstantEntry;
import io.hindsight.incident.KeyInstants;
import io.hindsight.incident.MetricsExclusion;
import io.hindsight.incident.PostmortemRecord;
import io.hindsight.incident.PostmortemStatus;
import io.hindsight.incident.Severity;
import io.hindsight.timeline.TimelineEventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Converts between {@link IncidentState} and the columns of {@link IncidentStateAo}. */
final class IncidentStateRows {

    private IncidentStateRows() {
    }

    /** Sets every column of {@code row} from {@code state}; the caller saves. */
    static void write(IncidentStateAo row, IncidentState state) {
        IncidentRef incident = state.incident();
        row.setIssueKey(incident.key());
        row.setProjectKey(incident.projectKey());
        row.setSummary(incident.summary());
        row.setStateVersion(state.version());
        row.setSeverity(state.severity().code());
        row.setSeveritySince(state.severitySince().toEpochMilli());
        row.setIncidentStatus(state.status().code());
        row.setDeclaredAt(state.declaredAt().toEpochMilli());
        row.setDeclaredBy(state.declaredBy());
        row.setDeclaredEntryId(state.declaredEntryId());
        row.setCommanderKey(state.commanderKey());
        writeKeyInstants(row, state.keyInstants());
        PostmortemRecord postmortem = state.postmortem();
        row.setPostmortemUrl(postmortem == null ? null : postmortem.url());
        row.setPostmortemStatus(postmortem == null ? null : postmortem.status().code());
        row.setPmRecordedBy(postmortem == null ? null : postmortem.recordedBy());
        row.setPmRecordedAt(postmortem == null ? null : millis(postmortem.recordedAt()));
        row.setPmPublishedAt(postmortem == null ? null : millis(postmortem.publishedAt()));
        row.setPdbAwareAt(millis(state.personalDataBreachAwareAt()));
        writeDeadlines(row, state.deadlines());
        row.setExclusion(state.metricsExclusion().map(MetricsExclusion::code).orElse(null));
    }

    static IncidentState read(IncidentStateAo row) {
        IncidentRef incident = new IncidentRef(row.getIncidentId(), row.getIssueKey(), row.getProjectKey(),
                row.getSummary());
        PostmortemRecord postmortem = row.getPostmortemUrl() == null ? null : new PostmortemRecord(
                row.getPostmortemUrl(), PostmortemStatus.fromCode(row.getPostmortemStatus(), "postmortemStatus"),
                row.getPmRecordedBy(), instant(row.getPmRecordedAt()), instant(row.getPmPublishedAt()));
        return new IncidentState(incident, row.getStateVersion(), Severity.fromCode(row.getSeverity(), "severity"),
                Instant.ofEpochMilli(row.getSeveritySince()),
                IncidentStatus.fromCode(row.getIncidentStatus(), "status"), Instant.ofEpochMilli(row.getDeclaredAt()),
                row.getDeclaredBy(), row.getDeclaredEntryId(), row.getCommanderKey(), readKeyInstants(row), postmortem,
                instant(row.getPdbAwareAt()), readDeadlines(row),
                row.getExclusion() == null ? null : MetricsExclusion.fromCode(row.getExclusion(), "exclusion"));
    }

    /** The due-instant column of a clock, for queries. */
    static String dueColumn(DeadlineClock clock) {
        return switch (clock) {
            case EXECUTIVE_NOTIFICATION -> IncidentStateAo.EXEC_DUE_AT;
            case POSTMORTEM -> IncidentStateAo.PM_DUE_AT;
            case PERSONAL_DATA_BREACH -> IncidentStateAo.PDB_DUE_AT;
        };
    }

    /** The met-instant column of a clock, for queries. */
    static String metColumn(DeadlineClock clock) {
        return switch (clock) {
            case EXECUTIVE_NOTIFICATION -> IncidentStateAo.EXEC_MET_AT;
            case POSTMORTEM -> IncidentStateAo.PM_MET_AT;
            case PERSONAL_DATA_BREACH -> IncidentStateAo.PDB_MET_AT;
        };
    }

    private static void writeKeyInstants(IncidentStateAo row, KeyInstants instants) {
        for (KeyInstant instant : KeyInstant.values()) {
            Optional<KeyInstantEntry> entry = instants.get(instant);
            Long at = entry.map(value -> value.at().toEpochMilli()).orElse(null);
            Long entryId = entry.map(KeyInstantEntry::entryId).orElse(null);
            String kind = entry.map(value -> value.entryKind().code()).orElse(null);
            switch (instant) {
                case IMPACT_STARTED -> {
                    row.setImpactAt(at);
                    row.setImpactEntryId(entryId);
                    row.setImpactKind(kind);
                }
                case DETECTED -> {
                    row.setDetectedAt(at);
                    row.setDetectedEntryId(entryId);
                    row.setDetectedKind(kind);
                }
                case ACKNOWLEDGED -> {
                    row.setAckedAt(at);
                    row.setAckedEntryId(entryId);
                    row.setAckedKind(kind);
                }
                case MITIGATED -> {
                    row.setMitigatedAt(at);
                    row.setMitigatedEntryId(entryId);
                    row.setMitigatedKind(kind);
                }
                case RESOLVED -> {
                    row.setResolvedAt(at);
                    row.setResolvedEntryId(entryId);
                    row.setResolvedKind(kind);
                }
            }
        }
    }

    private static KeyInstants readKeyInstants(IncidentStateAo row) {
        KeyInstants instants = KeyInstants.none();
        instants = withEntry(instants, KeyInstant.IMPACT_STARTED, row.getImpactAt(), row.getImpactEntryId(),
                row.getImpactKind());
        instants = withEntry(instants, KeyInstant.DETECTED, row.getDetectedAt(), row.getDetectedEntryId(),
                row.getDetectedKind());
        instants = withEntry(instants, KeyInstant.ACKNOWLEDGED, row.getAckedAt(), row.getAckedEntryId(),
                row.getAckedKind());
        instants = withEntry(instants, KeyInstant.MITIGATED, row.getMitigatedAt(), row.getMitigatedEntryId(),
                row.getMitigatedKind());
        return withEntry(instants, KeyInstant.RESOLVED, row.getResolvedAt(), row.getResolvedEntryId(),
                row.getResolvedKind());
    }

    private static KeyInstants withEntry(KeyInstants instants, KeyInstant instant, Long at, Long entryId, String kind) {
        if (at == null) {
            return instants;
        }
        return instants.with(instant, new KeyInstantEntry(Instant.ofEpochMilli(at), entryId == null ? 0 : entryId,
                TimelineEventKind.fromCode(kind, "kind")));
    }

    private static void writeDeadlines(IncidentStateAo row, Deadlines deadlines) {
        Optional<Deadline> exec = deadlines.get(DeadlineClock.EXECUTIVE_NOTIFICATION);
        row.setExecStartedAt(exec.map(d -> millis(d.startedAt())).orElse(null));
        row.setExecDueAt(exec.map(d -> millis(d.dueAt())).orElse(null));
        row.setExecMetAt(exec.map(d -> millis(d.metAt())).orElse(null));
        Optional<Deadline> postmortem = deadlines.get(DeadlineClock.POSTMORTEM);
        row.setPmStartedAt(postmortem.map(d -> millis(d.startedAt())).orElse(null));
        row.setPmDueAt(postmortem.map(d -> millis(d.dueAt())).orElse(null));
        row.setPmMetAt(postmortem.map(d -> millis(d.metAt())).orElse(null));
        Optional<Deadline> breach = deadlines.get(DeadlineClock.PERSONAL_DATA_BREACH);
        row.setPdbStartedAt(breach.map(d -> millis(d.startedAt())).orElse(null));
        row.setPdbDueAt(breach.map(d -> millis(d.dueAt())).orElse(null));
        row.setPdbMetAt(breach.map(d -> millis(d.metAt())).orElse(null));
    }

    private static Deadlines readDeadlines(IncidentStateAo row) {
        List<Deadline> deadlines = new ArrayList<>();
        deadline(DeadlineClock.EXECUTIVE_NOTIFICATION, row.getExecStartedAt(), row.getExecDueAt(), row.getExecMetAt())
                .ifPresent(deadlines::add);
        deadline(DeadlineClock.POSTMORTEM, row.getPmStartedAt(), row.getPmDueAt(), row.getPmMetAt())
                .ifPresent(deadlines::add);
        deadline(DeadlineClock.PERSONAL_DATA_BREACH, row.getPdbStartedAt(), row.getPdbDueAt(), row.getPdbMetAt())
                .ifPresent(deadlines::add);
        return Deadlines.of(deadlines);
    }

    private static Optional<Deadline> deadline(DeadlineClock clock, Long startedAt, Long dueAt, Long metAt) {
        if (dueAt == null) {
            return Optional.empty();
        }
        return Optional.of(new Deadline(clock, instant(startedAt), instant(dueAt), instant(metAt)));
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
