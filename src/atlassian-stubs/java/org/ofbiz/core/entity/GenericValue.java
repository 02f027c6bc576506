/*
 * Compile-only stand-in, never packaged: Jira provides the real type (Atlassian's OfBiz entity engine).
 * Mirrors: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html (Jira 7.x), whose
 * getChangeLog() returns org.ofbiz.core.entity.GenericValue (a class, the change group row), and Jira's own source in
 * public code reading ids as genericValue.getLong("id"). getLong is declared on GenericValue's superclass
 * GenericEntity; declaring it here links the same way (the JVM resolves a method through the superclasses).
 * CONFIRMED (code); Jira 11.3: UNCONFIRMED.
 */
package org.ofbiz.core.entity;

public class GenericValue {

    /** The named column as a Long, or null. */
    public Long getLong(String name) {
        throw new UnsupportedOperationException("stand-in");
    }
}
