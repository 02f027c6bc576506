/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: com.atlassian.query.operand.Operand, the interface every JQL operand implements (named on
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/jql/operand/OperandHandler.html as the bound of T).
 * No member is used here. CONFIRMED (doc) as a type; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.query.operand;

public interface Operand {
}
