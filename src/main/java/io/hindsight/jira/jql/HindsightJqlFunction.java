package io.hindsight.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;
import java.util.Optional;

/**
 * What Hindsight's JQL functions share: they answer issue keys (a list, for {@code issue in …}), checked arguments
 * with a message that says what was expected, and the searcher's visibility applied by {@code IncidentSearches}.
 * Implemented on the {@link JqlFunction} interface itself rather than Jira's abstract base class, so that nothing
 * depends on that class's internals.
 */
abstract class HindsightJqlFunction implements JqlFunction {

    private final String name;
    private final int arguments;

    HindsightJqlFunction(String name, int arguments) {
        this.name = name;
        this.arguments = arguments;
    }

    /** Why the arguments are wrong, if they are; called only with the expected number of them. */
    abstract Optional<String> problemWith(List<String> args);

    /** The issue keys for the searcher (null: anonymous) and valid arguments. */
    abstract List<String> keys(String searcherKey, List<String> args);

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        // The function's name and arity are its own; the descriptor adds nothing it needs.
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSetImpl messages = new MessageSetImpl();
        List<String> args = operand.getArgs() == null ? List.of() : operand.getArgs();
        if (args.size() != arguments) {
            messages.addErrorMessage("Hindsight's " + name + "() takes " + (arguments == 0 ? "no arguments"
                    : arguments == 1 ? "one argument" : arguments + " arguments") + ", not " + args.size() + ".");
        } else {
            problemWith(args).ifPresent(messages::addErrorMessage);
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand,
            TerminalClause terminalClause) {
        List<String> args = operand.getArgs() == null ? List.of() : operand.getArgs();
        if (args.size() != arguments || problemWith(args).isPresent()) {
            // Jira validates first; an invalid call that still arrives here matches nothing rather than failing.
            return List.of();
        }
        ApplicationUser searcher = context == null ? null : context.getApplicationUser();
        return keys(searcher == null ? null : searcher.getKey(), args).stream()
                .map(key -> new QueryLiteral(operand, key)).toList();
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return arguments;
    }

    @Override
    public String getFunctionName() {
        return name;
    }

    @Override
    public boolean isList() {
        return true;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
