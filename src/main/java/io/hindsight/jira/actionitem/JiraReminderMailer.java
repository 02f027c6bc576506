package io.hindsight.jira.actionitem;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.actionitem.Reminder;
import io.hindsight.actionitem.ReminderMailer;
import io.hindsight.jira.JiraPermissions;

/**
 * Reminders as plain-text mail through Jira's mail queue, like the deadline notices ({@code JiraMailNotifier}): the
 * queue sends with Jira's outgoing server on Jira's own thread.
 */
@JiraComponent
public class JiraReminderMailer implements ReminderMailer {

    private final MailQueue mailQueue;
    private final UserManager userManager;

    public JiraReminderMailer(@JiraImport MailQueue mailQueue,
            @JiraImport(JiraPermissions.JIRA_USER_MANAGER) UserManager userManager) {
        this.mailQueue = mailQueue;
        this.userManager = userManager;
    }

    /** @throws IllegalStateException for a user Jira no longer knows or who has no address: retried next run */
    @Override
    public void send(Reminder reminder) {
        ApplicationUser user = userManager.getUserByKey(reminder.recipientKey());
        String address = user == null ? null : user.getEmailAddress();
        if (address == null || address.isBlank()) {
            throw new IllegalStateException("No mail address for user " + reminder.recipientKey());
        }
        mailQueue.addItem(new SingleMailQueueItem(new Email(address).setSubject("[Hindsight] " + reminder.subject())
                .setBody(reminder.message()).setMimeType("text/plain")));
    }
}
