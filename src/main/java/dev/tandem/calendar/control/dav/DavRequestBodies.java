package dev.tandem.calendar.control.dav;

import java.net.URI;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.namespace.QName;

/** The XML request bodies of PROPFIND and the REPORTs Tandem sends. */
public final class DavRequestBodies {

    private static final String NAMESPACES = " xmlns:D=\"DAV:\" xmlns:C=\"" + DavNames.CALDAV
            + "\" xmlns:CS=\"" + DavNames.CALENDARSERVER + "\"";
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private DavRequestBodies() {
    }

    public static String propfind(QName... properties) {
        return PROLOG + "<D:propfind" + NAMESPACES + ">" + prop(properties) + "</D:propfind>";
    }

    /** RFC 6578 §3.2; an empty token asks for the initial full state. Level 1: members, not the whole tree. */
    public static String syncCollection(String syncToken) {
        return PROLOG + "<D:sync-collection" + NAMESPACES + ">"
                + "<D:sync-token>" + escape(syncToken == null ? "" : syncToken) + "</D:sync-token>"
                + "<D:sync-level>1</D:sync-level>" + prop(DavNames.GETETAG) + "</D:sync-collection>";
    }

    /** RFC 4791 §7.9. */
    public static String multiget(Collection<URI> hrefs) {
        String hrefElements = hrefs.stream()
                .map(href -> "<D:href>" + escape(href.getRawPath()) + "</D:href>")
                .collect(Collectors.joining());
        return PROLOG + "<C:calendar-multiget" + NAMESPACES + ">"
                + prop(DavNames.GETETAG, DavNames.CALENDAR_DATA) + hrefElements + "</C:calendar-multiget>";
    }

    private static String prop(QName... properties) {
        return Stream.of(properties)
                .map(name -> "<" + DavNames.prefixed(name) + "/>")
                .collect(Collectors.joining("", "<D:prop>", "</D:prop>"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
