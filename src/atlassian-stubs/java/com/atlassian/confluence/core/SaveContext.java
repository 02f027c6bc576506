/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/7.20.3/com/atlassian/confluence/core/class-use/Modification.html
 * (Confluence 7.20.3), where SaveContext is the parameter type of ContentEntityManager's save methods: a public
 * interface. Hindsight only passes DefaultSaveContext instances. CONFIRMED (doc, as a parameter type).
 */
package com.atlassian.confluence.core;

public interface SaveContext {
}
