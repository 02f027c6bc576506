package io.hindsight.postmortem.storage;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses a Confluence page body (storage format, a fragment without root or namespace declarations) into a tree,
 * with the JDK's StAX parser: no DTD, no external entities, HTML named entities understood.
 */
public final class StorageParser {

    public static final String AC_NAMESPACE = "http://atlassian.com/content";
    public static final String RI_NAMESPACE = "http://atlassian.com/resource/identifier";
    /** Deeper than any page a person writes; guards the recursive walks over the tree. */
    static final int MAX_DEPTH = 400;

    private static final String ROOT = "storage-root";
    private static final Map<String, String> PREFIXES = Map.of(AC_NAMESPACE, "ac", RI_NAMESPACE, "ri");

    private final XMLInputFactory factory;

    public StorageParser() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** The body as a tree under a synthetic root element. */
    public StorageNode.Element parse(String body) {
        String wrapped = "<" + ROOT + " xmlns:ac=\"" + AC_NAMESPACE + "\" xmlns:ri=\"" + RI_NAMESPACE + "\">"
                + HtmlEntities.toNumericReferences(body) + "</" + ROOT + ">";
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(wrapped));
            return read(reader);
        } catch (XMLStreamException e) {
            throw new MalformedStorageException("The page body is not well-formed storage format: "
                    + e.getMessage(), e);
        } finally {
            close(reader);
        }
    }

    private static StorageNode.Element read(XMLStreamReader reader) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        StorageNode.Element root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() > MAX_DEPTH) {
                        throw new MalformedStorageException("The page body nests deeper than " + MAX_DEPTH
                                + " elements.");
                    }
                    open.push(new Builder(name(reader.getName()), attributes(reader)));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    StorageNode.Element element = open.pop().build();
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().child(element);
                    }
                }
                default -> {
                    // Comments and processing instructions carry nothing a post-mortem needs.
                }
            }
        }
        if (root == null) {
            throw new MalformedStorageException("The page body is empty or not well-formed.");
        }
        return root;
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(name(reader.getAttributeName(i)), reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static String name(QName name) {
        String namespace = name.getNamespaceURI();
        if (namespace == null || namespace.isEmpty()) {
            return name.getLocalPart();
        }
        String prefix = PREFIXES.getOrDefault(namespace, name.getPrefix());
        return prefix.isEmpty() ? name.getLocalPart() : prefix + ":" + name.getLocalPart();
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing a reader over a string releases nothing that could fail in a way worth reporting.
        }
    }

    private static final class Builder {
        private final String name;
        private final Map<String, String> attributes;
        private final List<StorageNode> children = new ArrayList<>();
        private StringBuilder pendingText;

        private Builder(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }

        private void text(String text) {
            if (pendingText == null) {
                pendingText = new StringBuilder();
            }
            pendingText.append(text);
        }

        private void child(StorageNode.Element element) {
            flushText();
            children.add(element);
        }

        private void flushText() {
            if (pendingText != null) {
                children.add(new StorageNode.Text(pendingText.toString()));
                pendingText = null;
            }
        }

        private StorageNode.Element build() {
            flushText();
            return new StorageNode.Element(name, attributes, children);
        }
    }
}
