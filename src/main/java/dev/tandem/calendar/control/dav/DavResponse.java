package dev.tandem.calendar.control.dav;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * One {@code DAV:response} of a multistatus (RFC 4918 §14.24): the resource, its status, and the properties the
 * server found (only those in a 2xx propstat).
 *
 * @param href   resolved against the request URL, so always absolute
 * @param status the response-level status, or 200 when only propstats were given
 */
public record DavResponse(URI href, int status, Map<QName, Element> properties) {

    public DavResponse {
        properties = Map.copyOf(properties);
    }

    public boolean isFound() {
        return status >= 200 && status < 300;
    }

    public Optional<Element> findProperty(QName name) {
        return Optional.ofNullable(properties.get(name));
    }

    public Optional<String> findText(QName name) {
        return findProperty(name).map(element -> element.getTextContent().strip()).filter(text -> !text.isEmpty());
    }

    /** The {@code DAV:href} inside a property such as current-user-principal or calendar-home-set. */
    public Optional<URI> findHref(QName name) {
        return findProperty(name)
                .flatMap(property -> DavXml.findChildText(property, DavNames.HREF))
                .map(href::resolve);
    }

    public boolean hasResourceType(QName type) {
        return findProperty(DavNames.RESOURCETYPE)
                .map(property -> !DavXml.children(property, type).isEmpty())
                .orElse(false);
    }
}
