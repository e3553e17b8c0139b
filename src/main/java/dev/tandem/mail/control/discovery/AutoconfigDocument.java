package dev.tandem.mail.control.discovery;

import dev.tandem.connection.control.MailSecurity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the IMAP server out of an autoconfig file ({@code clientConfig} version 1.1, the format Thunderbird
 * publishes). The file comes from the network, so the parser refuses DTDs and external entities (no XXE, no
 * entity expansion bombs).
 */
final class AutoconfigDocument {

    private AutoconfigDocument() {
    }

    static Optional<ImapProposal> imapServer(byte[] xml) {
        try {
            Document document = parser().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            NodeList servers = document.getElementsByTagName("incomingServer");
            for (int i = 0; i < servers.getLength(); i++) {
                var server = (Element) servers.item(i);
                if ("imap".equalsIgnoreCase(server.getAttribute("type"))) {
                    return proposal(server);
                }
            }
            return Optional.empty();
        } catch (ParserConfigurationException | SAXException | IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<ImapProposal> proposal(Element server) {
        String host = text(server, "hostname");
        String port = text(server, "port");
        if (host.isEmpty() || port.isEmpty()) {
            return Optional.empty();
        }
        MailSecurity security = switch (text(server, "socketType").toUpperCase(java.util.Locale.ROOT)) {
            case "SSL" -> MailSecurity.SSL;
            case "STARTTLS" -> MailSecurity.STARTTLS;
            default -> MailSecurity.NONE;
        };
        return Optional.of(new ImapProposal(host, Integer.parseInt(port), security, "AUTOCONFIG", "IMAP"));
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static DocumentBuilderFactory parser() throws ParserConfigurationException {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
