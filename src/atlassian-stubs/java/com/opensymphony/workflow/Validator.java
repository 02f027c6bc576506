/*
 * Compile-only stand-in, never packaged: Jira provides the real type (OSWorkflow, bundled with Jira).
 * Mirrors: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/workflow/SkippableValidator.html (Jira 7.0.8),
 * which implements it: a public interface with void validate(Map transientVars, Map args, PropertySet ps) throws
 * InvalidInputException, WorkflowException (raw Maps). Jira's PermissionValidator page
 * (https://docs.atlassian.com/jira/latest/com/atlassian/jira/workflow/validator/PermissionValidator.html) shows the
 * workflow XML that names an implementation: validator type="class" with arg class.name. CONFIRMED (doc) for Jira
 * 7.x; Jira 11.3: UNCONFIRMED.
 */
package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;

public interface Validator {

    @SuppressWarnings("rawtypes")
    void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException;
}
