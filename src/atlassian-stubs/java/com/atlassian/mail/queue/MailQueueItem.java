/*
 * Compile-only stand-in, never packaged: the host (atlassian-mail in Jira) provides the real type.
 * Javadoc: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/package-summary.html
 * (atlassian-mail 1.3.23): MailQueueItem is an interface. CONFIRMED (doc); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.mail.queue;

public interface MailQueueItem {
}
