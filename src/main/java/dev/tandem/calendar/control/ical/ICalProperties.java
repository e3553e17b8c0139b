package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.item.CalendarTime;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Summary;

/** Sets the text and time properties Tandem edits, building the typed ical4j property for each name. */
public final class ICalProperties {

    private static final Map<String, Function<String, Property>> TEXTS = Map.of(
            Property.SUMMARY, Summary::new,
            Property.DESCRIPTION, Description::new,
            Property.LOCATION, Location::new);

    private ICalProperties() {
    }

    /** Null leaves the property alone; an empty text removes it. */
    static void setText(PropertyContainer component, String name, String value) {
        if (value == null) {
            return;
        }
        if (value.isEmpty()) {
            component.removeAll(name);
        } else {
            component.replace(TEXTS.get(name).apply(value));
        }
    }

    static void setTime(PropertyContainer component, String name, CalendarTime time) {
        component.replace(timeProperty(name, time));
    }

    private static Property timeProperty(String name, CalendarTime time) {
        var value = ICalTimes.toICal(time);
        switch (name) {
            case Property.DTSTART:
                return new DtStart<>(value);
            case Property.DTEND:
                return new DtEnd<>(value);
            case Property.DUE:
                return new Due<>(value);
            default:
                throw new IllegalArgumentException("Not a time Tandem edits: " + name);
        }
    }

    /** RECURRENCE-ID (RFC 5545 §3.8.4.4): which instance of its series an override replaces. */
    public static void setRecurrenceId(PropertyContainer component, CalendarTime instance) {
        component.replace(new RecurrenceId<>(ICalTimes.toICal(instance)));
    }

    /** One EXDATE (RFC 5545 §3.8.5.1) per instance the series no longer has, of DTSTART's value type and zone. */
    public static void addExceptionDates(PropertyContainer component, List<CalendarTime> instances) {
        for (CalendarTime instance : instances) {
            Temporal value = ICalTimes.toICal(instance);
            var exDate = new ExDate<>(new DateList<>(value));
            if (value instanceof ZonedDateTime zoned) {
                exDate.add(new TzId(zoned.getZone().getId()));
            } else if (value instanceof LocalDate) {
                exDate.add(Value.DATE);
            }
            component.add(exDate);
        }
    }

    static boolean hasProperty(PropertyContainer component, String name) {
        return component.getProperty(name).isPresent();
    }

    public static Optional<String> findText(PropertyContainer component, String name) {
        return component.getProperty(name).map(Property::getValue);
    }

    /** SEQUENCE (RFC 5545 §3.8.7.4); absent or malformed reads as 0. */
    static int sequence(PropertyContainer component) {
        try {
            return findText(component, Property.SEQUENCE).map(String::strip).map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException malformed) {
            return 0;
        }
    }
}
