package io.hindsight.postmortem;

import static io.hindsight.postmortem.PostmortemInputs.aRealisticSev1;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The whole page for a realistic SEV-1, compared byte for byte with the golden file. After an intended change,
 * regenerate it with {@code mvn -B -q -Dtest=PostmortemComposerGoldenTest -Dhindsight.golden.update=true test}
 * and review the diff.
 */
public class PostmortemComposerGoldenTest {

    /** Read from the source tree rather than the class path, so a regenerated file is what the test compares. */
    private static final Path GOLDEN = Path.of("src/test/resources/io/hindsight/postmortem/golden/sev1-postmortem.xml");
    private static final Clock GENERATED_AT = Clock.fixed(Instant.parse("2026-03-15T08:00:00Z"), ZoneOffset.UTC);

    private final PostmortemComposer composer = new PostmortemComposer(GENERATED_AT);

    @Test
    public void compose_realisticSev1_matchesGoldenPage() throws IOException {
        String body = composer.compose(aRealisticSev1().build()).body();
        if (Boolean.getBoolean("hindsight.golden.update")) {
            Files.writeString(GOLDEN, body, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), body);
    }

    @Test
    public void compose_realisticSev1_parsesWithConfluenceNamespaces() throws Exception {
        Document page = StorageXml.parse(composer.compose(aRealisticSev1().build()).body());

        NodeList macros = page.getElementsByTagNameNS(StorageXml.AC, "structured-macro");
        assertTrue("the page uses macros", macros.getLength() > 10);
        NodeList users = page.getElementsByTagNameNS(StorageXml.RI, "user");
        assertTrue("the page mentions people", users.getLength() > 0);
        assertEquals("JIRAUSER10101", ((Element) users.item(0)).getAttributeNS(StorageXml.RI, "userkey"));
    }

    @Test
    public void compose_realisticSev1_titleNamesIncident() {
        assertEquals("Post-mortem: INC-4821 Checkout payments failing for EU card customers",
                composer.compose(aRealisticSev1().build()).title());
    }
}
