package dev.tandem.calendar.control.caldav;

import dev.tandem.calendar.control.dav.DavNames;
import dev.tandem.calendar.control.dav.DavResponse;
import dev.tandem.calendar.control.dav.DavXml;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a {@link CalendarCollection} out of a PROPFIND response. */
final class CalendarCollections {

    private CalendarCollections() {
    }

    static CalendarCollection from(DavResponse response) {
        return new CalendarCollection(response.href(),
                response.findText(DavNames.DISPLAYNAME).orElse(null),
                components(response),
                response.findText(DavNames.GETCTAG).orElse(null),
                response.findText(DavNames.SYNC_TOKEN).orElse(null));
    }

    /** {@code <C:comp name="VEVENT"/>} children of supported-calendar-component-set (RFC 4791 §5.2.3). */
    private static Set<String> components(DavResponse response) {
        return response.findProperty(DavNames.SUPPORTED_COMPONENTS)
                .map(set -> DavXml.children(set, DavNames.COMP).stream()
                        .map(comp -> comp.getAttribute("name"))
                        .filter(name -> !name.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
