/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: com.atlassian.jira.util.MessageSet, what JqlFunction.validate answers (pages cited in JqlFunction.java):
 * an interface; boolean hasAnyErrors() and java.util.Set<String> getErrorMessages(). Members: UNCONFIRMED by the docs
 * search.
 */
package com.atlassian.jira.util;

import java.util.Set;

public interface MessageSet {

    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
