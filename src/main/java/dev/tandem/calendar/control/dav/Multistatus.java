package dev.tandem.calendar.control.dav;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/** A parsed 207 Multi-Status body (RFC 4918 §13), plus the new sync token of a sync-collection report. */
public record Multistatus(List<DavResponse> responses, Optional<String> syncToken) {

    public Multistatus {
        responses = List.copyOf(responses);
    }

    /** @param requestUri the URL the request went to: hrefs are usually absolute paths relative to it */
    public static Multistatus parse(String xml, URI requestUri) {
        Element root = DavXml.parse(xml).getDocumentElement();
        if (!DavXml.is(root, DavNames.MULTISTATUS)) {
            throw new CalDavException("Expected a DAV:multistatus from " + requestUri, 207);
        }
        List<DavResponse> responses = DavXml.children(root, DavNames.RESPONSE).stream()
                .map(response -> toResponse(response, requestUri))
                .collect(Collectors.toList());
        return new Multistatus(responses, DavXml.findChildText(root, DavNames.SYNC_TOKEN));
    }

    private static DavResponse toResponse(Element response, URI requestUri) {
        URI href = requestUri.resolve(DavXml.findChildText(response, DavNames.HREF).orElse(""));
        Map<QName, Element> properties = new HashMap<>();
        for (Element propstat : DavXml.children(response, DavNames.PROPSTAT)) {
            if (isSuccess(DavXml.findChildText(propstat, DavNames.STATUS).orElse(""))) {
                DavXml.findChild(propstat, DavNames.PROP).map(DavXml::children).orElse(List.of())
                        .forEach(property -> properties.put(DavXml.nameOf(property), property));
            }
        }
        int status = DavXml.findChildText(response, DavNames.STATUS).map(Multistatus::statusCode).orElse(200);
        return new DavResponse(href, status, properties);
    }

    /** Reads the code out of a status line such as {@code HTTP/1.1 404 Not Found}. */
    static int statusCode(String statusLine) {
        String[] parts = statusLine.strip().split("\\s+");
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isSuccess(String statusLine) {
        int code = statusCode(statusLine);
        return code >= 200 && code < 300;
    }
}
