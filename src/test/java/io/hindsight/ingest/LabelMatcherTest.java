package io.hindsight.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.platform.InvalidInputException;
import java.util.Map;
import org.junit.Test;

/** {@link LabelMatcher}: Alertmanager's matcher syntax and semantics. */
public class LabelMatcherTest {

    private static final Map<String, String> LABELS = Map.of("service", "checkout-api", "severity", "critical");

    @Test
    public void equalAndNotEqual_compareWholeValues() {
        assertTrue(parse("severity=\"critical\"").matches(LABELS));
        assertFalse(parse("severity=\"crit\"").matches(LABELS));
        assertTrue(parse("env!=\"staging\"").matches(LABELS));
    }

    @Test
    public void regularExpressions_areAnchored() {
        assertTrue(parse("service=~\"checkout.*|cart\"").matches(LABELS));
        assertFalse(parse("service=~\"checkout\"").matches(LABELS));
        assertTrue(parse("service!~\"cart\"").matches(LABELS));
    }

    @Test
    public void missingLabel_hasTheEmptyValue() {
        assertTrue(parse("team=\"\"").matches(LABELS));
        assertFalse(parse("team=~\".+\"").matches(LABELS));
    }

    @Test
    public void toString_isCanonicalAndParsesBackEqual_evenWithQuotesBackslashesAndLineBreaks() {
        LabelMatcher tricky = new LabelMatcher("msg", LabelMatcher.Operator.EQUAL, "say \"hi\"\\\nbye");

        assertEquals("msg=\"say \\\"hi\\\"\\\\\\nbye\"", tricky.toString());
        assertEquals(tricky, LabelMatcher.parse(tricky.toString(), "match"));
        assertEquals(parse("  severity = \"critical\" "), parse("severity=\"critical\""));
    }

    @Test
    public void malformedMatchersAndRegexes_areRefusedNamingTheField() {
        for (String bad : new String[] {"severity", "severity=critical", "1abc=\"x\"", "a==\"x\"", "a=~\"(\""}) {
            assertEquals(bad, "rules[0].match[2]",
                    assertThrows(InvalidInputException.class, () -> LabelMatcher.parse(bad, "rules[0].match[2]")).field());
        }
    }

    private static LabelMatcher parse(String text) {
        return LabelMatcher.parse(text, "match");
    }
}
