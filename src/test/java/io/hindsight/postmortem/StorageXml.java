package io.hindsight.postmortem;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Test helper: parses a storage-format body as Confluence does, inside a root that declares ac: and ri:. */
public final class StorageXml {

    public static final String AC = "http://atlassian.com/content";
    public static final String RI = "http://atlassian.com/resource/identifier";

    private StorageXml() {
    }

    public static Document parse(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        String wrapped = "<page xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\">" + body + "</page>";
        return builder.parse(new InputSource(new StringReader(wrapped)));
    }
}
