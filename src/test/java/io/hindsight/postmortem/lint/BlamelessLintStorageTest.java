package io.hindsight.postmortem.lint;

import static io.hindsight.postmortem.PostmortemInputs.aRealisticSev1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.hindsight.postmortem.PostmortemComposer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.Test;

public class BlamelessLintStorageTest {

    private final BlamelessLint lint = new BlamelessLint();

    @Test
    public void checkStorage_ignoresCodeMacroParametersPreCodeAndQuotedLogs() {
        String body = "<p>The rollout started at 10:00.</p>"
                + "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"title\">Sam forgot</ac:parameter>"
                + "<ac:plain-text-body><![CDATA[// human error: the operator forgot the flag]]></ac:plain-text-body>"
                + "</ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"noformat\"><ac:plain-text-body><![CDATA[Careless]]>"
                + "</ac:plain-text-body></ac:structured-macro>"
                + "<pre>operator error 42</pre><p>Run <code>human-error --forgot</code> to reproduce.</p>"
                + "<blockquote>WARN on-call missed the alert (retry 3)</blockquote>"
                + "<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">The IC forgot</ac:parameter>"
                + "<ac:rich-text-body><p>The alert was routed to a deprecated channel.</p></ac:rich-text-body>"
                + "</ac:structured-macro>";

        LintReport report = lint.checkStorage(body);

        assertTrue(report.findings().toString(), report.findings().isEmpty());
        assertFalse(report.checkedText().contains("forgot"));
        assertTrue(report.checkedText().contains("The alert was routed to a deprecated channel."));
    }

    @Test
    public void checkStorage_offsetsPointIntoTheCheckedText() {
        String body = "<h2>What went wrong</h2><p>The&nbsp;rollout began.</p><table><tbody><tr><td>Step 4</td>"
                + "<td>The <strong>on-call</strong> ignored the page.</td></tr></tbody></table>";

        LintReport report = lint.checkStorage(body);

        assertEquals(1, report.findings().size());
        BlameFinding finding = report.findings().get(0);
        assertEquals("The on-call ignored", report.checkedText().substring(finding.start(), finding.end()));
    }

    @Test
    public void checkStorage_keepsTableCellsApartSoTheyDoNotFormOneSentence() {
        String body = "<table><tbody><tr><td>Nobody</td><td>noticed the fix worked at 10:05.</td></tr></tbody></table>";

        assertTrue(lint.checkStorage(body).checkedText().contains("Nobody\nnoticed"));
    }

    @Test
    public void checkStorage_generatedPostmortemHasNoFindings() {
        String page = new PostmortemComposer(Clock.fixed(Instant.parse("2026-03-15T08:00:00Z"), ZoneOffset.UTC))
                .compose(aRealisticSev1().build()).body();

        LintReport report = lint.checkStorage(page);

        assertTrue(report.findings().toString(), report.findings().isEmpty());
    }
}
