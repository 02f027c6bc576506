/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: com.atlassian.query.clause.TerminalClause, the parameter type named on the JqlFunction pages cited in
 * JqlFunction.java. No member is used here. CONFIRMED (doc) as a type.
 */
package com.atlassian.query.clause;

public interface TerminalClause {
}
