package dev.tandem.calendar.control.dav;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Namespace-aware DOM parsing of server responses with DTDs and external entities switched off: a CalDAV
 * server is not trusted to send harmless XML (XXE).
 */
public final class DavXml {

    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private DavXml() {
    }

    static Document parse(String xml) {
        try {
            return FACTORY.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new CalDavException("Unreadable XML from the CalDAV server: " + e.getMessage(), e);
        }
    }

    public static List<Element> children(Element parent, QName name) {
        var found = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && is((Element) node, name)) {
                found.add((Element) node);
            }
        }
        return found;
    }

    public static List<Element> children(Element parent) {
        var found = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                found.add((Element) node);
            }
        }
        return found;
    }

    static Optional<Element> findChild(Element parent, QName name) {
        return children(parent, name).stream().findFirst();
    }

    static Optional<String> findChildText(Element parent, QName name) {
        return findChild(parent, name).map(element -> element.getTextContent().strip());
    }

    static boolean is(Element element, QName name) {
        return name.getNamespaceURI().equals(element.getNamespaceURI())
                && name.getLocalPart().equals(element.getLocalName());
    }

    static QName nameOf(Element element) {
        return new QName(element.getNamespaceURI(), element.getLocalName());
    }

    private static DocumentBuilderFactory secureFactory() {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser cannot be secured", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
