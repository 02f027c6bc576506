/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/customfields/option/OptionsImpl.html (the
 * implementation extends ArrayList and implements Options, so iterating an Options is iterating a List<Option>).
 * Mirrors: the reference atlassian-api.md section 2.3 (OptionsManager.getOptions returns it): an interface that
 * extends List<Option>, which is all Hindsight relies on (it iterates). CONFIRMED (code); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.customfields.option;

import java.util.List;

public interface Options extends List<Option> {
}
