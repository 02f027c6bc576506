package io.hindsight.postmortem.lint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class BlamelessLintTest {

    private final BlamelessLint lint = new BlamelessLint();

    @Test
    public void check_flagsForgotWithSpanReasonAndSystemicSuggestion() {
        String text = "At 14:00 the page fired. Sam forgot to renew the certificate.";

        List<BlameFinding> findings = lint.check(text);

        assertEquals(1, findings.size());
        BlameFinding finding = findings.get(0);
        assertEquals("Sam forgot", text.substring(finding.start(), finding.end()));
        assertEquals("Sam forgot", finding.excerpt());
        assertEquals("person-lapse", finding.rule());
        assertTrue(finding.reason().contains("blame in disguise"));
        assertTrue(finding.suggestion().contains("“to renew the certificate”"));
    }

    @Test
    public void check_flagsEveryExampleThatProductNamesAsBlameInDisguise() {
        for (String sentence : List.of("Priya forgot the rollback step.", "The on-call should have known.",
                "It was a careless change.", "Root cause: human error.", "The on-call missed the alert.",
                "Jordan failed to notice the lag.")) {
            assertFalse(sentence, lint.check(sentence).isEmpty());
        }
    }

    @Test
    public void check_peopleAsContextAreNotBlame() {
        assertTrue(lint.check("Sam deployed build 4127 at 14:32 UTC.").isEmpty());
        assertTrue(lint.check("Priya acknowledged the page at 09:20 and rolled back at 09:31.").isEmpty());
    }

    @Test
    public void check_systemsAsSubjectOfFaultVerbsAreNotBlame() {
        assertTrue(lint.check("The deploy failed.").isEmpty());
        assertTrue(lint.check("The health check failed to detect the degraded node.").isEmpty());
        assertTrue(lint.check("The scheduler missed three runs.").isEmpty());
    }

    @Test
    public void check_passiveLapseWithSystemCauseIsNotBlame() {
        assertTrue(lint.check("The alert was missed because it routed to a deprecated channel.").isEmpty());
        assertEquals("passive-lapse", lint.check("The alert was missed.").get(0).rule());
    }

    @Test
    public void check_discussedOrNegatedTermsAreNotBlame() {
        assertTrue(lint.check("Human error is not a root cause.").isEmpty());
        assertTrue(lint.check("We avoid words like \"careless\" and \"forgot\".").isEmpty());
        assertTrue(lint.check("Sam did not forget anything; the checklist lacked the step.").isEmpty());
    }

    @Test
    public void check_knownPeopleNamesCountEvenWhenTheyLookLikeTools() {
        String sentence = "Jenkins forgot to rotate the key.";

        assertTrue(lint.check(sentence).isEmpty());
        assertFalse(new BlamelessLint(List.of("Alex Jenkins")).check(sentence).isEmpty());
    }

    @Test
    public void check_reportsEachFindingOnceAndInTextOrder() {
        String text = "Human error again. Kim carelessly forgot the step. The on-call ignored the page.";

        List<BlameFinding> findings = lint.check(text);

        assertEquals(3, findings.size());
        assertTrue(findings.get(0).start() < findings.get(1).start());
        assertTrue(findings.get(1).end() <= findings.get(2).start());
        for (BlameFinding finding : findings) {
            assertEquals(finding.excerpt(), text.substring(finding.start(), finding.end()));
        }
    }
}
