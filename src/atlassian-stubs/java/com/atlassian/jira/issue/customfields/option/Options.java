/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: the reference atlassian-api.md section 2.3 (OptionsManager.getOptions returns it): an interface that
 * extends List<Option>, which is all Hindsight relies on (it iterates). CONFIRMED (code); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.customfields.option;

import java.util.List;

public interface Options extends List<Option> {
}
