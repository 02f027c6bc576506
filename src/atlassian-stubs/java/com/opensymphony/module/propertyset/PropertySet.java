/*
 * Compile-only stand-in, never packaged: Jira provides the real type (OpenSymphony PropertySet).
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/SkippableValidator.html (Jira 7.0.8):
 * com.opensymphony.module.propertyset.PropertySet is the third parameter of Validator.validate; an interface.
 * Hindsight never calls it, so no member is declared. CONFIRMED (doc) for the parameter type; Jira 11.3: UNCONFIRMED.
 */
package com.opensymphony.module.propertyset;

public interface PropertySet {
}
