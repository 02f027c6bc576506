package io.hindsight.jira.incident;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.incident.BreachNotice;
import io.hindsight.incident.Notifier;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Breach notices as plain-text mail through Jira's mail queue, which sends them with Jira's configured outgoing
 * server. Recipients are user keys; a user Jira no longer knows, or one without an address, is skipped and logged.
 */
@JiraComponent
public class JiraMailNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(JiraMailNotifier.class);

    private final MailQueue mailQueue;
    private final UserManager userManager;

    public JiraMailNotifier(@JiraImport MailQueue mailQueue, @JiraImport("jiraUserManager") UserManager userManager) {
        this.mailQueue = mailQueue;
        this.userManager = userManager;
    }

    /** @throws IllegalStateException when nobody can be mailed, so that the claim is released and retried */
    @Override
    public void breachNotice(BreachNotice notice) {
        List<String> addresses = new ArrayList<>();
        for (String key : notice.recipientKeys()) {
            ApplicationUser user = userManager.getUserByKey(key);
            String address = user == null ? null : user.getEmailAddress();
            if (address == null || address.isBlank()) {
                LOG.warn("Hindsight cannot mail user {} about {}: no such user or no address", key, notice.subject());
            } else {
                addresses.add(address);
            }
        }
        if (addresses.isEmpty()) {
            throw new IllegalStateException("Nobody to mail about " + notice.subject());
        }
        // The queue sends later on Jira's own thread; queuing cannot fail for a mail server being down.
        addresses.forEach(address -> mailQueue.addItem(new SingleMailQueueItem(new Email(address)
                .setSubject(notice.subject()).setBody(notice.message()).setMimeType("text/plain"))));
    }
}
