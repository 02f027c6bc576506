/*
 * Compile-only stand-in, never packaged: the host (atlassian-mail in Jira) provides the real type.
 * Javadoc: https://docs.atlassian.com/atlassian-mail/1.9/apidocs/index-all.html (atlassian-mail 1.9): an interface,
 * "used to asynchronously send mail from within applications", with void addItem(MailQueueItem). CONFIRMED (doc).
 * That Jira 11.3 exports it to plugins as an OSGi service (importable with @JiraImport): UNCONFIRMED.
 */
package com.atlassian.mail.queue;

public interface MailQueue {

    void addItem(MailQueueItem item);
}
