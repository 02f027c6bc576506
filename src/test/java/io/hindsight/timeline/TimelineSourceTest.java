package io.hindsight.timeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.hindsight.platform.InvalidInputException;
import org.junit.Test;

public class TimelineSourceTest {

    @Test
    public void constants_areValidSources() {
        assertEquals("jira", TimelineSource.JIRA.code());
        assertEquals("manual", TimelineSource.MANUAL.code());
        assertEquals("hindsight", TimelineSource.HINDSIGHT.code());
    }

    @Test
    public void new_acceptsSlugsUpTo32Characters() {
        assertEquals("a".repeat(32), new TimelineSource("a".repeat(32)).code());
        assertEquals("grafana.eu-1_x", new TimelineSource("grafana.eu-1_x").code());
    }

    @Test
    public void new_rejectsUpperCaseSpacesAndOverlongCodes() {
        for (String bad : new String[] {"Jira", "my source", "a".repeat(33), "", "-x"}) {
            InvalidInputException e = assertThrows(bad, InvalidInputException.class, () -> new TimelineSource(bad));
            assertEquals("source", e.field());
        }
    }
}
