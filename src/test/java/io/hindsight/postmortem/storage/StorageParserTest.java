package io.hindsight.postmortem.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class StorageParserTest {

    private final StorageParser parser = new StorageParser();

    @Test
    public void parse_understandsHtmlNamedEntitiesConfluenceStores() {
        StorageNode.Element page = parser.parse("<p>a&nbsp;b&rsquo;s &mdash; &amp; &unknownthing;</p>");

        assertEquals("a\u00A0b’s — & &unknownthing;", page.firstDescendant("p").orElseThrow().text());
    }

    @Test
    public void parse_leavesEntitiesInsideCdataAlone() {
        StorageNode.Element page = parser.parse(
                "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[a &nbsp; b]]></ac:plain-text-body>"
                        + "</ac:structured-macro>");

        assertEquals("a &nbsp; b", page.text());
    }

    @Test
    public void parse_namesElementsAndAttributesWithCanonicalPrefixes() {
        StorageNode.Element page = parser.parse("<ac:link><ri:user ri:userkey=\"k1\"/></ac:link>");

        StorageNode.Element user = page.firstDescendant("ri:user").orElseThrow();
        assertEquals("k1", user.attribute("ri:userkey").orElseThrow());
    }

    @Test
    public void macroParameter_readsTheUnnamedDefaultParameter() {
        StorageNode.Element page = parser.parse("<ac:structured-macro ac:name=\"anchor\">"
                + "<ac:parameter ac:name=\"\">hindsight-action-AI-1</ac:parameter></ac:structured-macro>");

        StorageNode.Element anchor = page.firstDescendant("ac:structured-macro").orElseThrow();
        assertTrue(anchor.isMacro("anchor"));
        assertEquals("hindsight-action-AI-1", anchor.macroParameter("").orElseThrow());
    }

    @Test(expected = MalformedStorageException.class)
    public void parse_rejectsMalformedBody() {
        parser.parse("<p>unclosed");
    }

    @Test(expected = MalformedStorageException.class)
    public void parse_rejectsDoctypeSmuggledIntoBody() {
        parser.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>");
    }

    @Test(expected = MalformedStorageException.class)
    public void parse_rejectsAbsurdNesting() {
        parser.parse("<div>".repeat(StorageParser.MAX_DEPTH + 5) + "</div>".repeat(StorageParser.MAX_DEPTH + 5));
    }
}
