package io.hindsight.incident.ao;

import io.hindsight.incident.BusinessCalendar;
import io.hindsight.incident.ClockSettings;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.PostmortemDue;
import io.hindsight.incident.PostmortemRequirement;
import io.hindsight.incident.ResponsePolicy;
import io.hindsight.incident.Severity;
import io.hindsight.incident.SeverityPolicy;
import io.hindsight.incident.StoredResponsePolicy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Converts between the response policy and the rows of its three entities. */
final class PolicyRows {

    static final String ELAPSED = "elapsed";
    static final String BUSINESS_DAYS = "business-days";

    private PolicyRows() {
    }

    static Map<String, Object> revisionColumns(int revision, ResponsePolicy policy, String changedBy, Instant at) {
        BusinessCalendar calendar = policy.calendar();
        Map<String, Object> columns = new HashMap<>();
        columns.put(PolicyRevisionAo.REVISION, revision);
        columns.put(PolicyRevisionAo.CHANGED_BY, changedBy);
        columns.put(PolicyRevisionAo.CHANGED_AT, at.toEpochMilli());
        columns.put(PolicyRevisionAo.TIME_ZONE, calendar.zone().getId());
        columns.put(PolicyRevisionAo.WEEKEND_DAYS, calendar.weekend().isEmpty() ? null : calendar.weekend().stream()
                .sorted().map(day -> String.valueOf(day.getValue())).collect(Collectors.joining(",")));
        columns.put(PolicyRevisionAo.HOLIDAYS, calendar.holidays().isEmpty() ? null
                : calendar.holidays().stream().map(LocalDate::toString).collect(Collectors.joining(",")));
        return columns;
    }

    static Map<String, Object> levelColumns(int revision, Severity severity, SeverityPolicy level) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(PolicyLevelAo.REVISION, revision);
        columns.put(PolicyLevelAo.SEVERITY, severity.code());
        columns.put(PolicyLevelAo.EXEC_NOTIFY_MS, level.executiveNotificationWithin().map(Duration::toMillis).orElse(null));
        columns.put(PolicyLevelAo.POSTMORTEM, level.postmortem().code());
        if (level.postmortemDue() instanceof PostmortemDue.Elapsed elapsed) {
            columns.put(PolicyLevelAo.PM_DUE_KIND, ELAPSED);
            columns.put(PolicyLevelAo.PM_DUE_AMOUNT, elapsed.span().toMillis());
        } else if (level.postmortemDue() instanceof PostmortemDue.BusinessDays days) {
            columns.put(PolicyLevelAo.PM_DUE_KIND, BUSINESS_DAYS);
            columns.put(PolicyLevelAo.PM_DUE_AMOUNT, (long) days.days());
        }
        return columns;
    }

    static Map<String, Object> clockColumns(int revision, DeadlineClock clock, ClockSettings settings) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(PolicyClockAo.REVISION, revision);
        columns.put(PolicyClockAo.DEADLINE_CLOCK, clock.code());
        columns.put(PolicyClockAo.DUE_SOON_MS, settings.dueSoon().toMillis());
        columns.put(PolicyClockAo.ALSO_NOTIFY, settings.alsoNotify().isEmpty() ? null
                : String.join("\n", settings.alsoNotify()));
        return columns;
    }

    static StoredResponsePolicy read(PolicyRevisionAo revision, PolicyLevelAo[] levelRows, PolicyClockAo[] clockRows) {
        Map<Severity, SeverityPolicy> levels = new EnumMap<>(Severity.class);
        for (PolicyLevelAo row : levelRows) {
            levels.put(Severity.fromCode(row.getSeverity(), "severity"), level(row));
        }
        Map<DeadlineClock, ClockSettings> clocks = new EnumMap<>(DeadlineClock.class);
        for (PolicyClockAo row : clockRows) {
            List<String> alsoNotify = row.getAlsoNotify() == null ? List.of() : List.of(row.getAlsoNotify().split("\n"));
            clocks.put(DeadlineClock.fromCode(row.getDeadlineClock(), "clock"),
                    new ClockSettings(Duration.ofMillis(row.getDueSoonMs()), alsoNotify));
        }
        ResponsePolicy policy = new ResponsePolicy(levels, calendar(revision), clocks);
        return new StoredResponsePolicy(revision.getRevision(), policy, revision.getChangedBy(),
                Instant.ofEpochMilli(revision.getChangedAt()));
    }

    private static SeverityPolicy level(PolicyLevelAo row) {
        Duration executive = row.getExecNotifyMs() == null ? null : Duration.ofMillis(row.getExecNotifyMs());
        PostmortemDue due = null;
        if (ELAPSED.equals(row.getPmDueKind())) {
            due = new PostmortemDue.Elapsed(Duration.ofMillis(row.getPmDueAmount()));
        } else if (BUSINESS_DAYS.equals(row.getPmDueKind())) {
            due = new PostmortemDue.BusinessDays(Math.toIntExact(row.getPmDueAmount()));
        }
        return new SeverityPolicy(executive, PostmortemRequirement.fromCode(row.getPostmortem(), "postmortem"), due);
    }

    private static BusinessCalendar calendar(PolicyRevisionAo revision) {
        Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        if (revision.getWeekendDays() != null) {
            Arrays.stream(revision.getWeekendDays().split(",")).map(Integer::parseInt).map(DayOfWeek::of)
                    .forEach(weekend::add);
        }
        TreeSet<LocalDate> holidays = new TreeSet<>();
        if (revision.getHolidays() != null) {
            Arrays.stream(revision.getHolidays().split(",")).map(LocalDate::parse).forEach(holidays::add);
        }
        return new BusinessCalendar(ZoneId.of(revision.getTimeZone()), weekend, holidays);
    }
}
