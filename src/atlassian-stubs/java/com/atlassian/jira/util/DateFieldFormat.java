/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/util/DateFieldFormatImpl.html,
 * the implementation of the interface com.atlassian.jira.util.DateFieldFormat: String formatDatePicker(Date) formats a
 * date the way the date picker (and so IssueInputParameters.setDueDate) reads it. CONFIRMED (doc, DAC Javadoc);
 * Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.util;

import java.util.Date;

public interface DateFieldFormat {

    String formatDatePicker(Date date);
}
