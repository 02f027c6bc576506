/*
 * Compile-only stand-in, never packaged: the host (atlassian-mail in Jira) provides the real type.
 * Javadoc: https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html
 * (atlassian-mail 1.9): a class whose setters setSubject, setBody, setMimeType return Email (CONFIRMED doc).
 * The constructor Email(String to) is UNCONFIRMED (seen in plugin code only); atlassian-mail version in Jira 11.3:
 * UNCONFIRMED.
 */
package com.atlassian.mail;

public class Email {

    // Stand-in behaviour for the tests: keeps what was set, shown by toString.
    private final String to;
    private String subject;
    private String body;
    private String mimeType;

    public Email(String to) {
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    @Override
    public String toString() {
        return "to " + to + " [" + mimeType + "] " + subject + ": " + body;
    }
}
