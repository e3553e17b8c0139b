package dev.tandem.calendar.control.ical;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * Adds a VTIMEZONE for every TZID an object uses but does not define: RFC 5545 §3.2.19 requires one, and
 * clients such as Outlook show a wrong hour without it. The definitions come from ical4j's bundled tz data.
 */
final class VTimeZones {

    private static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();

    private VTimeZones() {
    }

    static void addMissing(Calendar calendar) {
        Set<String> defined = calendar.<CalendarComponent>getComponents(Component.VTIMEZONE).stream()
                .flatMap(zone -> zone.getProperty(Property.TZID).stream())
                .map(Property::getValue)
                .collect(Collectors.toSet());
        List<CalendarComponent> added = new ArrayList<>();
        for (String tzid : usedTzids(calendar)) {
            TimeZone zone = defined.contains(tzid) ? null : REGISTRY.getTimeZone(tzid);
            if (zone != null) {
                added.add(zone.getVTimeZone());
            }
        }
        if (!added.isEmpty()) {
            added.addAll(calendar.getComponents());
            calendar.setComponentList(new ComponentList<>(added));
        }
    }

    private static Set<String> usedTzids(Calendar calendar) {
        Set<String> tzids = new LinkedHashSet<>();
        for (CalendarComponent component : calendar.getComponents()) {
            if (!Component.VTIMEZONE.equals(component.getName())) {
                component.getProperties().forEach(property -> ((Property) property)
                        .getParameter(Parameter.TZID).ifPresent(tzid -> tzids.add(tzid.getValue())));
            }
        }
        return tzids;
    }
}
