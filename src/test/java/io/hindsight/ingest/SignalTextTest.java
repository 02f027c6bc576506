package io.hindsight.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** {@link SignalText}: sender text made to fit the timeline, never refused. */
public class SignalTextTest {

    @Test
    public void summary_isOneLineWithoutControlCharacters() {
        assertEquals("Disk full on db-3", SignalText.summary("Disk\u0000 full\n on\t db-3\u0085", "x"));
        assertEquals("fallback", SignalText.summary(" \u0007 ", "fallback"));
    }

    @Test
    public void summary_isCutAt255CodePointsKeepingSurrogatePairsWhole() {
        String summary = SignalText.summary("🔥".repeat(300), "x");

        assertEquals(255, summary.codePointCount(0, summary.length()));
        assertTrue(summary.endsWith("🔥…"));
    }

    @Test
    public void details_keepLineBreaksAndTabs() {
        assertEquals("a\n\tb", SignalText.details("a\r\n\tb\u0000"));
        assertNull(SignalText.details(" \n "));
    }

    @Test
    public void link_isAnAbsoluteWebLinkOrNothing() {
        assertEquals("https://grafana.example.com/d/x?a=1", SignalText.link("https://grafana.example.com/d/x?a=1"));
        assertNull(SignalText.link("/graph?g0.expr=up"));
        assertNull(SignalText.link("javascript:alert(1)"));
        assertNull(SignalText.link("https://exa mple.com"));
        assertEquals("http://b.example", SignalText.firstLink(null, "ftp://a.example", "http://b.example"));
    }

    @Test
    public void externalId_isKeptUpTo200CharactersAndHashedBeyond() {
        assertEquals("run-8812", SignalText.externalId(" run-8812 "));
        String hashed = SignalText.externalId("x".repeat(201));
        assertTrue(hashed, hashed.matches("sha256:[0-9a-f]{64}"));
        assertEquals(hashed, SignalText.externalId("x".repeat(201)));
    }

    @Test
    public void incidentKey_isUpperCasedAndChecked() {
        assertEquals("OPS-12", SignalText.incidentKey(" ops-12 "));
        assertTrue(SignalText.isIncidentKey("OPS-12"));
        assertFalse(SignalText.isIncidentKey("OPS-0"));
        assertFalse(SignalText.isIncidentKey("checkout"));
    }
}
