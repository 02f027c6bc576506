/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html (Jira 7.2.0), which
 * returns com.atlassian.jira.issue.fields.CustomField (an interface); String getId() ("customfield_10000"), String
 * getName() and List<FieldConfigScheme> getConfigurationSchemes() are CONFIRMED (code) in plugins that add select
 * options after creating a field (reference atlassian-api.md section 2.3). Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

public interface CustomField {

    String getId();

    String getName();

    List<FieldConfigScheme> getConfigurationSchemes();
}
