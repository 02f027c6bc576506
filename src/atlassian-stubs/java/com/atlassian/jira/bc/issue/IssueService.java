/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/bc/issue/package-summary.html (IssueService is an
 * interface; its results are static nested classes) and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/bc/issue/IssueService.TransitionValidationResult.html
 * (which names validateTransition(ApplicationUser, Long, int, IssueInputParameters)).
 * Mirrors: reference atlassian-api.md section 2.3: newIssueInputParameters(), validateCreate/create,
 * validateUpdate/update and validateTransition CONFIRMED (doc and code); IssueResult transition(ApplicationUser,
 * TransitionValidationResult) is UNCONFIRMED (seen only in scripts). The result class hierarchy is flattened onto
 * ServiceResultImpl here (the real CreateValidationResult, UpdateValidationResult and IssueResult extend
 * IssueValidationResult, itself a ServiceResultImpl): calls name the nested class as owner, so they link either way.
 * Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueService {

    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
            IssueInputParameters issueInputParameters);

    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    class CreateValidationResult extends ServiceResultImpl {
    }

    class UpdateValidationResult extends ServiceResultImpl {
    }

    class TransitionValidationResult extends ServiceResultImpl {
    }

    class IssueResult extends ServiceResultImpl {

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
