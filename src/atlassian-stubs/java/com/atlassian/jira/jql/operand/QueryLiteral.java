/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: com.atlassian.jira.jql.operand.QueryLiteral, what JqlFunction.getValues answers (pages cited in
 * JqlFunction.java): a class constructed as QueryLiteral(Operand sourceOperand, String stringValue); for the issue
 * data type a string value is an issue key. String getStringValue() for tests. Constructor: UNCONFIRMED by the docs
 * search (it is what Jira's own functions call).
 */
package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

public class QueryLiteral {

    // Stand-in behaviour for the tests: the value given.
    private final String stringValue;

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        this.stringValue = stringValue;
    }

    public String getStringValue() {
        return stringValue;
    }
}
