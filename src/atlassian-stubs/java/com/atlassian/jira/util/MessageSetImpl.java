/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: com.atlassian.jira.util.MessageSetImpl, the MessageSet that Jira's own JQL functions create with its
 * no-argument constructor and fill with void addErrorMessage(String). UNCONFIRMED by the docs search.
 */
package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

public class MessageSetImpl implements MessageSet {

    // Stand-in behaviour for the tests: the messages added.
    private final Set<String> errors = new LinkedHashSet<>();

    public void addErrorMessage(String errorMessage) {
        errors.add(errorMessage);
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    @Override
    public Set<String> getErrorMessages() {
        return errors;
    }
}
