package dev.tandem.calendar.control.ical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * A SHA-256 of an iCalendar object's meaning rather than its bytes: property and component order, line folding,
 * DTSTAMP, LAST-MODIFIED, PRODID and the VTIMEZONE definitions (the TZIDs still count) do not change it. A server
 * that re-serialises an object on PUT then yields the same hash, and sync sees no change (the vdirsyncer rule:
 * a change needs a new ETag and a new hash).
 */
final class ContentHash {

    private static final Set<String> IGNORED = Set.of(Property.DTSTAMP, Property.LAST_MODIFIED, Property.PRODID);

    private ContentHash() {
    }

    static String of(ICalendarObject object) {
        List<String> lines = object.calendar().getProperties().stream()
                .map(property -> (Property) property)
                .filter(property -> !IGNORED.contains(property.getName()))
                .map(ContentHash::canonical)
                .sorted()
                .collect(Collectors.toList());
        object.calendar().<CalendarComponent>getComponents().stream()
                .filter(component -> !Component.VTIMEZONE.equals(component.getName()))
                .map(ContentHash::canonical)
                .sorted()
                .forEach(lines::add);
        return sha256(String.join("\n", lines));
    }

    private static String canonical(Component component) {
        var parts = component.getProperties().stream()
                .map(property -> (Property) property)
                .filter(property -> !IGNORED.contains(property.getName()))
                .map(ContentHash::canonical)
                .sorted()
                .collect(Collectors.toList());
        if (component instanceof ComponentContainer) {
            ((ComponentContainer<?>) component).getComponentList().getAll().stream()
                    .map(ContentHash::canonical)
                    .sorted()
                    .forEach(parts::add);
        }
        return "BEGIN:" + component.getName() + "\n" + String.join("\n", parts) + "\nEND:" + component.getName();
    }

    private static String canonical(Property property) {
        String parameters = property.getParameters().stream()
                .map(Parameter::toString)
                .sorted()
                .collect(Collectors.joining(";"));
        return property.getName() + ";" + parameters + ":" + property.getValue();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
