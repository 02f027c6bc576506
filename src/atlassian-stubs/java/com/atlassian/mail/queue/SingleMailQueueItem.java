/*
 * Compile-only stand-in, never packaged: the host (atlassian-mail in Jira) provides the real type.
 * Javadoc: https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html
 * (atlassian-mail 1.9: a constructor of com.atlassian.mail.queue.SingleMailQueueItem takes an Email) and
 * https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/queue/package-summary.html (a class, extends
 * AbstractMailQueueItem, a MailQueueItem). CONFIRMED (doc); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

public class SingleMailQueueItem implements MailQueueItem {

    // Stand-in behaviour for the tests: shows the email it carries.
    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    @Override
    public String toString() {
        return String.valueOf(email);
    }
}
