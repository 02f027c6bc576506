package io.hindsight.standalone.notify;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.hindsight.actionitem.Reminder;
import io.hindsight.actionitem.ReminderMailer;
import io.hindsight.incident.BreachNotice;
import io.hindsight.incident.Notifier;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded host's {@link Notifier}: writes each notice to an outbox table, in the deadline job's transaction, and
 * logs it. Admins read the outbox at {@code /admin/outbox}.
 */
public final class OutboxNotifier implements Notifier, ReminderMailer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxNotifier.class);

    private final ActiveObjects ao;
    private final Clock clock;

    public OutboxNotifier(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public void breachNotice(BreachNotice notice) {
        String recipients = String.join(",", new TreeSet<>(notice.recipientKeys()));
        Map<String, Object> columns = new HashMap<>();
        columns.put(StandaloneOutboxAo.CREATED_AT, clock.millis());
        columns.put(StandaloneOutboxAo.INCIDENT_KEY, notice.incident().key());
        columns.put(StandaloneOutboxAo.RECIPIENTS, recipients);
        columns.put(StandaloneOutboxAo.SUBJECT, notice.subject());
        columns.put(StandaloneOutboxAo.BODY, notice.message());
        ao.create(StandaloneOutboxAo.class, columns);
        LOG.info("Notice to {}: {}", recipients, notice.subject());
    }

    /** Reminders concern several incidents; the outbox files them under this word instead of one incident key. */
    public static final String REMINDER = "reminder";

    @Override
    public void send(Reminder reminder) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(StandaloneOutboxAo.CREATED_AT, clock.millis());
        columns.put(StandaloneOutboxAo.INCIDENT_KEY, REMINDER);
        columns.put(StandaloneOutboxAo.RECIPIENTS, reminder.recipientKey());
        columns.put(StandaloneOutboxAo.SUBJECT, reminder.subject());
        columns.put(StandaloneOutboxAo.BODY, reminder.message());
        ao.create(StandaloneOutboxAo.class, columns);
        LOG.info("Reminder to {}: {}", reminder.recipientKey(), reminder.subject());
    }

    /** The newest messages first, at most {@code limit}. */
    public List<OutboxMessage> recent(int limit) {
        StandaloneOutboxAo[] rows = ao.find(StandaloneOutboxAo.class, Query.select()
                .order(StandaloneOutboxAo.ID + " DESC").limit(limit));
        return Arrays.stream(rows).map(row -> new OutboxMessage(Instant.ofEpochMilli(row.getCreatedAt()),
                row.getIncidentKey(), List.of(row.getRecipients().split(",")), row.getSubject(), row.getBody()))
                .toList();
    }

    /** One message in the outbox. */
    public record OutboxMessage(Instant createdAt, String incidentKey, List<String> recipientKeys, String subject,
            String body) {
    }
}
