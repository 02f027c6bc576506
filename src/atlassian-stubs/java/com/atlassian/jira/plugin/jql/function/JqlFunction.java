/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/latest/com/atlassian/jira/dev/jql/function/EchoFunction.html and
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/jql/function/WatchedIssuesFunction.html (Jira 7.x),
 * which list the interface's methods as implemented: MessageSet validate(ApplicationUser, FunctionOperand,
 * TerminalClause), List<QueryLiteral> getValues(QueryCreationContext, FunctionOperand, TerminalClause),
 * int getMinimumNumberOfExpectedArguments(), JiraDataType getDataType(), and (from AbstractJqlFunction)
 * void init(JqlFunctionModuleDescriptor), String getFunctionName(), boolean isList(). CONFIRMED (doc, Jira 7.x);
 * Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;

public interface JqlFunction {

    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
            TerminalClause terminalClause);

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    boolean isList();

    JiraDataType getDataType();
}
