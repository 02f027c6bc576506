/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: the parameter type of JqlFunction.init on the pages cited in JqlFunction.java; an interface in the same
 * package (its members are not used here). Kind (interface): UNCONFIRMED by the docs search.
 */
package com.atlassian.jira.plugin.jql.function;

public interface JqlFunctionModuleDescriptor {
}
