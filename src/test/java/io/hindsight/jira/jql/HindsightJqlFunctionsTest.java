package io.hindsight.jira.jql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;
import io.hindsight.incident.Severity;
import io.hindsight.metrics.IncidentSearches;
import java.util.List;
import org.junit.Test;

public class HindsightJqlFunctionsTest {

    private final IncidentSearches searches = mock(IncidentSearches.class);
    private final QueryCreationContext asSam = context("u-sam");

    @Test
    public void actionItemsOf_answersTheSearchersKeys_asIssueLiterals() {
        when(searches.actionItemsOf("u-sam", "OPS-12")).thenReturn(List.of("ACT-1", "ACT-2"));
        ActionItemsOfFunction function = new ActionItemsOfFunction(searches);
        FunctionOperand call = new FunctionOperand("actionItemsOf", List.of("OPS-12"));

        List<QueryLiteral> values = function.getValues(asSam, call, null);

        assertEquals(List.of("ACT-1", "ACT-2"), values.stream().map(QueryLiteral::getStringValue).toList());
        assertFalse(function.validate(null, call, null).hasAnyErrors());
        assertTrue(function.isList());
        assertEquals(JiraDataTypes.ISSUE, function.getDataType());
        assertEquals("actionItemsOf", function.getFunctionName());
        assertEquals(1, function.getMinimumNumberOfExpectedArguments());
    }

    @Test
    public void badArguments_getAMessageSayingWhatWasExpected_andMatchNothing() {
        ActionItemsOfFunction actionItemsOf = new ActionItemsOfFunction(searches);
        MessageSet notAKey = actionItemsOf.validate(null, new FunctionOperand("actionItemsOf", List.of("ops 12")), null);
        assertTrue(notAKey.getErrorMessages().toString(), notAKey.getErrorMessages().iterator().next()
                .contains("incident key such as \"OPS-12\""));
        MessageSet none = actionItemsOf.validate(null, new FunctionOperand("actionItemsOf", List.of()), null);
        assertTrue(none.getErrorMessages().toString(), none.getErrorMessages().iterator().next()
                .contains("takes one argument, not 0"));
        assertEquals(List.of(), actionItemsOf.getValues(asSam, new FunctionOperand("actionItemsOf", List.of("x")),
                null));
        verify(searches, never()).actionItemsOf("u-sam", "x");

        BreachedIncidentsFunction breached = new BreachedIncidentsFunction(searches);
        MessageSet sev5 = breached.validate(null, new FunctionOperand("breachedIncidents", List.of("SEV-5")), null);
        assertTrue(sev5.getErrorMessages().iterator().next().contains("\"SEV-1\", \"SEV-2\", \"SEV-3\" or \"SEV-4\""));
        MessageSet extra = new OverdueActionItemsFunction(searches).validate(null,
                new FunctionOperand("overdueActionItems", List.of("now")), null);
        assertTrue(extra.getErrorMessages().iterator().next().contains("takes no arguments, not 1"));
    }

    @Test
    public void theOtherFunctions_askTheirSearch_asTheSearcher_anonymousIncluded() {
        when(searches.overdueActionItems("u-sam")).thenReturn(List.of("ACT-9"));
        when(searches.postmortemOverdue(null)).thenReturn(List.of("OPS-1"));
        when(searches.breachedIncidents("u-sam", Severity.SEV_1)).thenReturn(List.of("OPS-2"));

        assertEquals("ACT-9", new OverdueActionItemsFunction(searches).getValues(asSam,
                new FunctionOperand("overdueActionItems", List.of()), null).get(0).getStringValue());
        assertEquals("OPS-1", new PostmortemOverdueFunction(searches).getValues(context(null),
                new FunctionOperand("postmortemOverdue", List.of()), null).get(0).getStringValue());
        assertEquals("OPS-2", new BreachedIncidentsFunction(searches).getValues(asSam,
                new FunctionOperand("breachedIncidents", List.of("SEV-1")), null).get(0).getStringValue());
    }

    private static QueryCreationContext context(String userKey) {
        QueryCreationContext context = mock(QueryCreationContext.class);
        if (userKey != null) {
            ApplicationUser user = mock(ApplicationUser.class);
            when(user.getKey()).thenReturn(userKey);
            when(context.getApplicationUser()).thenReturn(user);
        }
        return context;
    }
}
