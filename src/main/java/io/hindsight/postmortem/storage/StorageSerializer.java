package io.hindsight.postmortem.storage;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a parsed page back as storage format, so a page can be changed in one place and saved with everything else
 * a person typed intact. Entities come back as characters, CDATA as escaped text (except in plain-text macro bodies,
 * which Confluence keeps as CDATA) and attributes in name order: the same content, not the same bytes.
 */
public final class StorageSerializer {

    private static final String PLAIN_TEXT_BODY = "ac:plain-text-body";

    /** The children of {@code root} (the parser's synthetic root), as a page body. */
    public String bodyOf(StorageNode.Element root) {
        StringBuilder out = new StringBuilder(1024);
        for (StorageNode child : root.children()) {
            write(child, out, false);
        }
        return out.toString();
    }

    private static void write(StorageNode node, StringBuilder out, boolean asCdata) {
        if (node instanceof StorageNode.Text text) {
            if (asCdata) {
                // "]]>" cannot sit inside one CDATA section: split it across two.
                out.append("<![CDATA[").append(text.text().replace("]]>", "]]]]><![CDATA[>")).append("]]>");
            } else {
                XmlText.appendText(out, text.text());
            }
            return;
        }
        StorageNode.Element element = (StorageNode.Element) node;
        out.append('<').append(element.name());
        Map<String, String> sorted = new TreeMap<>(element.attributes());
        sorted.forEach((name, value) -> {
            out.append(' ').append(name).append("=\"");
            XmlText.appendAttributeValue(out, value);
            out.append('"');
        });
        if (element.children().isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        boolean cdata = element.is(PLAIN_TEXT_BODY);
        for (StorageNode child : element.children()) {
            write(child, out, cdata);
        }
        out.append("</").append(element.name()).append('>');
    }
}
