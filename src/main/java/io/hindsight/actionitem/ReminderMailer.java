package io.hindsight.actionitem;

/** Port: sends a reminder through the host's mail (Jira's mail queue; the embedded host's outbox). */
public interface ReminderMailer {

    /** @throws RuntimeException when it cannot be sent; the claim is then released and retried on the next run */
    void send(Reminder reminder);
}
