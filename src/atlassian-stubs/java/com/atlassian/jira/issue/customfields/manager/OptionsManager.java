/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/customfields/option/OptionsImpl.html (its
 * constructor takes an OptionsManager and a FieldConfig, which places both types); the two methods: code only.
 * Mirrors: the reference atlassian-api.md section 2.3: an interface with Options getOptions(FieldConfig) and Option
 * createOption(FieldConfig config, Long parentOptionId, Long sequence, String value), all boxed Longs. CONFIRMED
 * (code, many plugins); no Javadoc page was found by the docs search; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

public interface OptionsManager {

    Options getOptions(FieldConfig fieldConfig);

    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);
}
