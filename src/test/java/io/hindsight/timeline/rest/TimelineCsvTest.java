package io.hindsight.timeline.rest;

import static org.junit.Assert.assertEquals;

import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineSource;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.Test;

/** {@link TimelineCsv}: RFC 4180 quoting, and cells a spreadsheet would run as formulas turned into text. */
public class TimelineCsvTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00.5Z");

    @Test
    public void cell_leavesPlainTextAlone() {
        assertEquals("Checkout pods restarted", TimelineCsv.cell("Checkout pods restarted"));
        assertEquals("", TimelineCsv.cell(""));
        assertEquals("Grüße 日本語 🔥", TimelineCsv.cell("Grüße 日本語 🔥"));
    }

    @Test
    public void cell_quotesCommasQuotesAndLineBreaksDoublingQuotes() {
        assertEquals("\"a,b\"", TimelineCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", TimelineCsv.cell("say \"hi\""));
        assertEquals("\"line 1\nline 2\"", TimelineCsv.cell("line 1\nline 2"));
        assertEquals("\"a\r\nb\"", TimelineCsv.cell("a\r\nb"));
    }

    @Test
    public void cell_prefixesFormulaTriggersWithAnApostrophe() {
        assertEquals("'=1+1", TimelineCsv.cell("=1+1"));
        assertEquals("'+SUM(A1:A9)", TimelineCsv.cell("+SUM(A1:A9)"));
        assertEquals("'-2+3", TimelineCsv.cell("-2+3"));
        assertEquals("'@cmd", TimelineCsv.cell("@cmd"));
        assertEquals("'\tx", TimelineCsv.cell("\tx"));
        assertEquals("\"'=cmd|' /C calc'!A0,\"", TimelineCsv.cell("=cmd|' /C calc'!A0,"));
        assertEquals("a=1", TimelineCsv.cell("a=1"));
    }

    @Test
    public void entry_writesEveryColumnWithCrlfAndEmptyCellsForNulls() throws Exception {
        StringWriter out = new StringWriter();
        TimelineCsv csv = new TimelineCsv(out);
        csv.header();
        csv.entry(new TimelineEvent(7, 1, T, T.plusSeconds(120), TimelineEventKind.ALERT_FIRING,
                new TimelineSource("alertmanager"), null, "=HighErrorRate, 23%", "d\"1\"", null, "fp@t:firing",
                new TimelineEvent.Hidden("JIRAUSER1", T.plusSeconds(300), "dup")));

        assertEquals(String.join(",", TimelineCsv.HEADER) + "\r\n"
                + "7,2026-03-01T10:00:00.500Z,2026-03-01T10:02:00.500Z,alert-firing,alertmanager,,"
                + "\"'=HighErrorRate, 23%\",\"d\"\"1\"\"\",,fp@t:firing,true,JIRAUSER1,2026-03-01T10:05:00.500Z,dup\r\n",
                out.toString());
    }
}
