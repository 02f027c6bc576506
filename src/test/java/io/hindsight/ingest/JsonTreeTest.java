package io.hindsight.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.platform.InvalidInputException;
import java.time.Instant;
import org.junit.Test;

/** {@link JsonTree}: typed reads that name the value at fault. */
public class JsonTreeTest {

    private final JsonTree doc = Payloads.tree("""
            {"a": {"b": [{"c": "text", "n": 42, "f": 1.5, "t": true, "z": null}]},
             "when": "2026-11-20T14:02:11.123456789+01:00", "secs": 1795187400, "millis": 1795187400123,
             "zero": "0001-01-01T00:00:00Z"}""");

    @Test
    public void paths_nameMembersAndIndexes() {
        assertEquals("a.b[0].c", doc.get("a").get("b").at(0).get("c").path());
        assertEquals("text", doc.get("a").get("b").at(0).get("c").text());
        assertTrue(doc.get("nope").get("deeper").isMissing());
        assertTrue(doc.get("a").get("b").at(0).get("z").isAbsent());
    }

    @Test
    public void text_refusesOtherTypesNamingThePath() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> doc.get("a").get("b").at(0).get("n").text());

        assertEquals("a.b[0].n", e.field());
        assertEquals("a.b[0].n must be a string.", e.getMessage());
    }

    @Test
    public void scalarText_readsNumbersAndBooleansAsText() {
        JsonTree item = doc.get("a").get("b").at(0);
        assertEquals("42", item.get("n").scalarText());
        assertEquals("1.5", item.get("f").scalarText());
        assertEquals("true", item.get("t").scalarText());
        assertNull(item.get("z").scalarText());
    }

    @Test
    public void instant_readsOffsetsNanosecondsEpochSecondsAndMillis() {
        assertEquals(Instant.parse("2026-11-20T13:02:11.123456789Z"), doc.get("when").instant());
        assertEquals(Instant.ofEpochSecond(1_795_187_400L), doc.get("secs").instant());
        assertEquals(Instant.ofEpochMilli(1_795_187_400_123L), doc.get("millis").instant());
        assertTrue("Go's zero time is read as year 1", doc.get("zero").instant().isBefore(Instant.EPOCH));
        assertNull(doc.get("missing").instant());
    }

    @Test
    public void instant_refusesLocalTimesAndFractions() {
        assertEquals("x", assertThrows(InvalidInputException.class,
                () -> Payloads.tree("{\"x\": \"2026-11-20T14:00:00\"}").get("x").instant()).field());
        assertEquals("x", assertThrows(InvalidInputException.class,
                () -> Payloads.tree("{\"x\": 1.5}").get("x").instant()).field());
    }
}
