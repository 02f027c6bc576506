/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html (Jira 7.0.8, field list)
 * and Jira's source (values): a class whose ISSUE_CREATED_ID (1) and ISSUE_COMMENTED_ID (6) are public static final
 * Long objects - not compile-time constants, so the plugin reads the host's values at run time (reference
 * atlassian-api.md section 5, item 6). CONFIRMED (doc); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.event.type;

public class EventType {

    public static final Long ISSUE_CREATED_ID = Long.valueOf(1L);

    public static final Long ISSUE_COMMENTED_ID = Long.valueOf(6L);

    /** Listed with the others (reference atlassian-api.md section 2.3, Jira 7.0.8 Javadoc): ISSUE_DELETED_ID = 8. */
    public static final Long ISSUE_DELETED_ID = Long.valueOf(8L);
}
