/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.3.4/com/atlassian/jira/issue/changehistory/ChangeHistory.html
 * (Jira 7.3.4), which returns List<com.atlassian.jira.issue.history.ChangeItemBean>, and Jira's ChangeItemBean source
 * in public code: "@PublicApi public class ChangeItemBean", a bean with a public constructor (String fieldType, String
 * field, String from, String fromString, String to, String toString) and getters getFieldType() ("jira" or
 * "custom"), getField() (the field's name), getFromString() and getToString(). CONFIRMED (code); Jira 11.3:
 * UNCONFIRMED. The constructor is declared for tests, as in the real class.
 */
package com.atlassian.jira.issue.history;

public class ChangeItemBean {

    private final String fieldType;
    private final String field;
    private final String fromString;
    private final String toString;

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to,
            String toString) {
        this.fieldType = fieldType;
        this.field = field;
        this.fromString = fromString;
        this.toString = toString;
    }

    public String getFieldType() {
        return fieldType;
    }

    public String getField() {
        return field;
    }

    public String getFromString() {
        return fromString;
    }

    public String getToString() {
        return toString;
    }
}
