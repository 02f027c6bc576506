package io.hindsight.postmortem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.hindsight.postmortem.storage.StorageAttribute;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.XmlText;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Thousands of seeded random inputs mixing hostile fragments: every page must parse as XML, hold only allowlisted
 * elements and attributes, carry user text as text, and give back its action items. Reproduce a failure with
 * {@code -Dhindsight.fuzz.seed=<seed from the message>}; run longer with {@code -Dhindsight.fuzz.iterations=N}.
 */
public class PostmortemComposerFuzzTest {

    private static final long SEED = Long.getLong("hindsight.fuzz.seed", 20_260_315L);
    private static final int ITERATIONS = Integer.getInteger("hindsight.fuzz.iterations", 5_000);
    private static final Set<String> ELEMENTS = Arrays.stream(StorageTag.values())
            .map(StorageTag::qualifiedName).collect(Collectors.toSet());
    private static final Set<String> ATTRIBUTES = Arrays.stream(StorageAttribute.values())
            .map(StorageAttribute::qualifiedName).collect(Collectors.toSet());
    /**
     * Raw markup that may only appear in a page if some user text reached it unescaped. (Quotes and words such as
     * "onerror=" are harmless in text; attributes are checked against the allowlist instead.)
     */
    private static final List<String> SMUGGLED = List.of("<script", "<img", "<iframe", "<evil", "<!--", "<?xml",
            "<!DOCTYPE", "<![CDATA[", "]]>", "<ri:user ri:userkey=\"admin\"", "<ac:structured-macro ac:name=\"html\"",
            "</ac:task-body></ac:task><ac:task>", "</td></tr></tbody></table>");

    private final PostmortemComposer composer =
            new PostmortemComposer(Clock.fixed(Instant.parse("2026-03-15T08:00:00Z"), ZoneOffset.UTC), 50);
    private final PostmortemPageReader reader = new PostmortemPageReader();

    @Test
    public void compose_hostileInputs_alwaysWellFormedAllowlistedAndEscaped() {
        for (int i = 0; i < ITERATIONS; i++) {
            long seed = SEED + i;
            PostmortemInput input = new HostileInputs(seed).next();
            try {
                check(input);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("Fuzz case failed; reproduce with -Dhindsight.fuzz.seed=" + seed
                        + " -Dhindsight.fuzz.iterations=1", e);
            }
        }
    }

    private void check(PostmortemInput input) throws Exception {
        PostmortemPage page = composer.compose(input);
        String body = page.body();
        for (String markup : SMUGGLED) {
            assertFalse("raw " + markup, body.contains(markup));
        }
        Document document = StorageXml.parse(body);
        Element root = document.getDocumentElement();
        checkChildren(root);
        assertEquals("the summary is carried as text", expectedSummary(input), summaryCell(root));
        PageReading reading = reader.read(body, List.of());
        assertEquals(input.actionItems().stream().map(ActionItem::id).toList(),
                reading.actionItems().stream().map(PageActionItem::itemId).toList());
        assertEquals(input.status(), reading.statusIfFound().orElseThrow());
        assertTrue(page.title().codePoints().noneMatch(c -> c < 0x20));
    }

    private static void checkChildren(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                continue;
            }
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                fail("unexpected node type " + child.getNodeType() + ": " + child.getNodeName());
            }
            Element childElement = (Element) child;
            String namespace = childElement.getNamespaceURI();
            assertTrue("namespace " + namespace, namespace == null || namespace.equals(StorageXml.AC)
                    || namespace.equals(StorageXml.RI));
            assertTrue("element " + childElement.getTagName(), ELEMENTS.contains(childElement.getTagName()));
            NamedNodeMap attributes = childElement.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attribute = (Attr) attributes.item(a);
                assertTrue("attribute " + attribute.getName(), ATTRIBUTES.contains(attribute.getName()));
                if (attribute.getName().equals("href")) {
                    assertTrue("link " + attribute.getValue(), attribute.getValue().startsWith("https://")
                            || attribute.getValue().startsWith("http://"));
                }
            }
            checkChildren(childElement);
        }
    }

    private static String expectedSummary(PostmortemInput input) {
        return XmlText.sanitize(XmlText.truncate(input.incident().summary(), Limits.PARAGRAPH));
    }

    private static String summaryCell(Element root) {
        NodeList headers = root.getElementsByTagName("th");
        for (int i = 0; i < headers.getLength(); i++) {
            Node header = headers.item(i);
            if (header.getTextContent().equals("Summary")) {
                Node cell = header.getNextSibling();
                while (cell.getNodeType() != Node.ELEMENT_NODE) {
                    cell = cell.getNextSibling();
                }
                return cell.getTextContent();
            }
        }
        throw new AssertionError("no summary row");
    }
}
