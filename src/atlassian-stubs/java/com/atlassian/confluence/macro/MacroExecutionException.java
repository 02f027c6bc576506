/*
 * Compile-only stand-in, never packaged: Confluence provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/macro/MacroExecutionException.html
 * (Confluence 9.0.2): the checked exception Macro.execute declares (FQN CONFIRMED doc on the Macro page). Hindsight
 * never throws it; constructors are not declared. Superclass Exception: UNCONFIRMED.
 */
package com.atlassian.confluence.macro;

public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;
}
