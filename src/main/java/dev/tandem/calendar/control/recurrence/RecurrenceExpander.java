package dev.tandem.calendar.control.recurrence;

import dev.tandem.calendar.control.ical.ICalProperties;
import dev.tandem.calendar.control.ical.ICalTimes;
import dev.tandem.calendar.control.ical.ICalendarObject;
import dev.tandem.calendar.control.item.CalendarTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * Expands a recurring item into its instances inside a window, client-side: Radicale ignores CalDAV's
 * {@code <C:expand>}. ical4j applies RRULE (COUNT, UNTIL), RDATE and EXDATE to the master in the master's own
 * time zone, so 10:00 stays 10:00 across a DST change; this class then lets each RECURRENCE-ID override replace
 * the instance it names (RFC 5545 §3.8.4.4), wherever the override moved it. Thread-safe.
 */
public final class RecurrenceExpander {

    private final ZoneId floatingZone;

    /** @param floatingZone where floating times happen; it also places all-day dates against the window */
    public RecurrenceExpander(ZoneId floatingZone) {
        this.floatingZone = floatingZone;
    }

    /** Instances overlapping [from, to), in start order. */
    public List<Occurrence> expand(String icalendar, ZonedDateTime from, ZonedDateTime to) {
        ICalendarObject object = ICalendarObject.parse(icalendar);
        Map<Instant, CalendarComponent> overrides = overridesByRecurrenceId(object);
        List<Occurrence> occurrences = new ArrayList<>();
        for (Occurrence fromRule : expandMaster(object.master(), from, to)) {
            if (!overrides.containsKey(key(fromRule.recurrenceId()))) {
                occurrences.add(fromRule);
            }
        }
        overrides.values().stream().map(this::overrideOccurrence).forEach(occurrences::add);
        return occurrences.stream()
                .filter(occurrence -> overlaps(occurrence, from.toInstant(), to.toInstant()))
                .sorted(Comparator.comparing((Occurrence occurrence) -> key(occurrence.start())))
                .collect(Collectors.toList());
    }

    private List<Occurrence> expandMaster(CalendarComponent master, ZonedDateTime from, ZonedDateTime to) {
        Optional<String> tzid = master.<Property>getProperty(Property.DTSTART)
                .flatMap(start -> start.<Parameter>getParameter(Parameter.TZID)).map(Parameter::getValue);
        String summary = ICalProperties.findText(master, Property.SUMMARY).orElse("");
        boolean hasEnd = master.getProperty(Property.DTEND).isPresent()
                || master.getProperty(Property.DURATION).isPresent();
        Set<Period<Temporal>> periods;
        try {
            periods = master.calculateRecurrenceSet(new Period<>(from, to));
        } catch (DateTimeException unplaceable) {
            return List.of(unexpandable(master, summary));
        }
        return periods.stream()
                .map(period -> {
                    CalendarTime start = ICalTimes.toCalendarTime(period.getStart(), tzid, floatingZone);
                    CalendarTime end = hasEnd ? ICalTimes.toCalendarTime(period.getEnd(), tzid, floatingZone) : null;
                    return new Occurrence(start, start, end, summary, false);
                })
                .collect(Collectors.toList());
    }

    /**
     * A series whose TZID no one can place (see ICalTimes) cannot be expanded; its first instance is still shown,
     * read as floating, rather than the whole series vanishing.
     */
    private Occurrence unexpandable(CalendarComponent master, String summary) {
        CalendarTime start = ICalTimes.find(master, Property.DTSTART, floatingZone).orElseThrow();
        CalendarTime end = ICalTimes.find(master, Property.DTEND, floatingZone).orElse(null);
        return new Occurrence(start, start, end, summary, false);
    }

        private Map<Instant, CalendarComponent> overridesByRecurrenceId(ICalendarObject object) {
        Map<Instant, CalendarComponent> byId = new HashMap<>();
        for (CalendarComponent override : object.overrides()) {
            ICalTimes.find(override, Property.RECURRENCE_ID, floatingZone)
                    .ifPresent(recurrenceId -> byId.put(key(recurrenceId), override));
        }
        return byId;
    }

    private Occurrence overrideOccurrence(CalendarComponent override) {
        CalendarTime recurrenceId = ICalTimes.find(override, Property.RECURRENCE_ID, floatingZone).orElseThrow();
        CalendarTime start = ICalTimes.find(override, Property.DTSTART, floatingZone).orElse(recurrenceId);
        CalendarTime end = ICalTimes.find(override, Property.DTEND, floatingZone).orElse(null);
        return new Occurrence(recurrenceId, start, end,
                ICalProperties.findText(override, Property.SUMMARY).orElse(""), true);
    }

    private Instant key(CalendarTime time) {
        return time.toInstant(floatingZone);
    }

    /** A zero-length instance counts when it starts inside the window; others when they overlap it. */
    private boolean overlaps(Occurrence occurrence, Instant from, Instant to) {
        Instant start = key(occurrence.start());
        Instant end = occurrence.end() == null ? start : key(occurrence.end());
        return start.isBefore(to) && (end.isAfter(from) || !start.isBefore(from));
    }
}
