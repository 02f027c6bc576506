/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/query/QueryCreationContextImpl.html (Jira
 * 7.x+), implementing the interface QueryCreationContext: ApplicationUser getApplicationUser() (the searcher) and
 * boolean isSecurityOverriden(). CONFIRMED (doc); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

public interface QueryCreationContext {

    ApplicationUser getApplicationUser();

    boolean isSecurityOverriden();
}
