/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: com.atlassian.query.operand.FunctionOperand (named on the JqlFunction pages cited in JqlFunction.java): a
 * class implementing Operand with String getName() and List<String> getArgs(), the function's arguments as typed.
 * The constructor FunctionOperand(String name, List<String> args) is declared for tests only. Members: UNCONFIRMED by
 * the docs search (they are what every published JQL function calls).
 */
package com.atlassian.query.operand;

import java.util.List;

public class FunctionOperand implements Operand {

    // Stand-in behaviour for the tests: the values given.
    private final String name;
    private final List<String> args;

    public FunctionOperand(String name, List<String> args) {
        this.name = name;
        this.args = args;
    }

    public String getName() {
        return name;
    }

    public List<String> getArgs() {
        return args;
    }
}
