package io.hindsight.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.hindsight.platform.InvalidInputException;
import org.junit.Test;

public class AppendTimelineEventCommandTest {

    @Test
    public void new_rejectsMissingOrBlankSummary() {
        for (String summary : new String[] {null, "", "   "}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> command(summary, null));
            assertEquals("summary", e.field());
        }
    }

    @Test
    public void new_rejectsJavascriptAndOtherNonWebLinks() {
        for (String link : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x",
                "/relative/path", "ftp://example.com/x", "http://"}) {
            InvalidInputException e = assertThrows(link, InvalidInputException.class, () -> command("CPU high", link));
            assertEquals("evidenceLink", e.field());
        }
    }

    @Test
    public void new_acceptsHttpsLinkAndTrimsText() {
        AppendTimelineEventCommand command = command("  CPU high  ", " https://grafana.example.com/d/1 ");

        assertEquals("CPU high", command.summary());
        assertEquals("https://grafana.example.com/d/1", command.evidenceLink());
    }

    @Test
    public void new_defaultsSourceToManualAndBlankOptionalsToNull() {
        AppendTimelineEventCommand command = new AppendTimelineEventCommand(null, TimelineEventKind.NOTE, null,
                "note", " ", null, "");

        assertEquals(TimelineSource.MANUAL, command.source());
        assertNull(command.details());
        assertNull(command.externalId());
    }

    @Test
    public void new_rejectsControlCharactersInSummary() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> command("bell\u0007", null));

        assertEquals("summary", e.field());
    }

    private static AppendTimelineEventCommand command(String summary, String link) {
        return new AppendTimelineEventCommand(null, TimelineEventKind.NOTE, TimelineSource.MANUAL, summary, null, link,
                null);
    }
}
