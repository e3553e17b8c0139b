package dev.tandem.calendar.control.recurrence;

import dev.tandem.calendar.control.ical.ICalProperties;
import dev.tandem.calendar.control.ical.ICalTimes;
import dev.tandem.calendar.control.ical.ICalendarObject;
import dev.tandem.calendar.control.item.CalendarTime;
import java.time.DateTimeException;
import java.time.Duration;
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
 * the instance it names (RFC 5545 §3.8.4.4), wherever the override moved it, and an override with
 * {@code RANGE=THISANDFUTURE} also shifts every later instance (see {@link FutureShift}). Thread-safe.
 */
public final class RecurrenceExpander {

    /**
     * The most instances one series gives one expansion: a stranger's invitation must not fill a calendar view
     * with millions, and a daily series over a dozen years still fits. The earliest ones are kept.
     */
    public static final int MAX_INSTANCES = 5_000;

    /** The first slice of the window a rule is expanded over; each next slice is twice as long. */
    private static final Duration FIRST_SLICE = Duration.ofDays(7);

    private final ZoneId floatingZone;

    /** @param floatingZone where floating times happen; it also places all-day dates against the window */
    public RecurrenceExpander(ZoneId floatingZone) {
        this.floatingZone = floatingZone;
    }

    /** Instances overlapping [from, to), in start order. */
    public List<Occurrence> expand(String icalendar, ZonedDateTime from, ZonedDateTime to) {
        ICalendarObject object = ICalendarObject.parse(icalendar);
        Map<Instant, CalendarComponent> overrides = overridesByRecurrenceId(object);
        List<FutureShift> shifts = futureShifts(object);
        Duration reach = reach(shifts);
        List<Occurrence> occurrences = new ArrayList<>();
        for (Occurrence fromRule : expandMaster(object.master(), from.minus(reach), to.plus(reach))) {
            if (!overrides.containsKey(key(fromRule.recurrenceId()))) {
                occurrences.add(latestShiftBefore(shifts, fromRule).map(shift -> shift.apply(fromRule, floatingZone))
                        .orElse(fromRule));
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
            Optional<CalendarTime> first = ICalTimes.find(master, Property.DTSTART, floatingZone);
            if (first.isEmpty() || !SeriesBudget.affordable(master, first.get(), to.toInstant(), floatingZone)) {
                return first.isEmpty() ? List.of() : List.of(unexpandable(master, summary));
            }
            periods = inSlices(master, from, to);
        } catch (DateTimeException unplaceable) {
            return List.of(unexpandable(master, summary));
        }
        return periods.stream()
                .map(period -> {
                    CalendarTime start = ICalTimes.toCalendarTime(period.getStart(), tzid, floatingZone);
                    CalendarTime end = hasEnd ? ICalTimes.toCalendarTime(period.getEnd(), tzid, floatingZone) : null;
                    return new Occurrence(start, start, end, summary, false);
                })
                .sorted(Comparator.comparing((Occurrence occurrence) -> key(occurrence.start())))
                .limit(MAX_INSTANCES)
                .collect(Collectors.toList());
    }

    /**
     * The rule's instances in growing slices of the window, stopping once {@link #MAX_INSTANCES} are found, so
     * that a rule of one instance a minute costs a few slices instead of a year of them.
     */
    private static Set<Period<Temporal>> inSlices(CalendarComponent master, ZonedDateTime from, ZonedDateTime to) {
        Set<Period<Temporal>> found = new java.util.LinkedHashSet<>();
        ZonedDateTime sliceStart = from;
        Duration slice = FIRST_SLICE;
        while (sliceStart.isBefore(to) && found.size() < MAX_INSTANCES) {
            ZonedDateTime sliceEnd = sliceStart.plus(slice).isBefore(to) ? sliceStart.plus(slice) : to;
            found.addAll(master.<Temporal>calculateRecurrenceSet(new Period<>(sliceStart, sliceEnd)));
            sliceStart = sliceEnd;
            slice = slice.multipliedBy(2);
        }
        return found;
    }

    /**
     * A series whose TZID no one can place (see ICalTimes), or whose rule costs too much to expand (see
     * {@link SeriesBudget}), is not expanded; its first instance is still shown, rather than the whole series
     * vanishing.
     */
    private Occurrence unexpandable(CalendarComponent master, String summary) {
        CalendarTime start = ICalTimes.find(master, Property.DTSTART, floatingZone).orElseThrow();
        CalendarTime end = ICalTimes.find(master, Property.DTEND, floatingZone).orElse(null);
        return new Occurrence(start, start, end, summary, false);
    }

    /** The THISANDFUTURE overrides, earliest first: each one rules the instances up to the next one. */
    private List<FutureShift> futureShifts(ICalendarObject object) {
        return object.overrides().stream().filter(RecurrenceExpander::isThisAndFuture)
                .map(override -> new FutureShift(
                        ICalTimes.find(override, Property.RECURRENCE_ID, floatingZone).orElseThrow(),
                        ICalTimes.find(override, Property.DTSTART, floatingZone)
                                .or(() -> ICalTimes.find(override, Property.RECURRENCE_ID, floatingZone)).orElseThrow(),
                        ICalTimes.find(override, Property.DTEND, floatingZone).orElse(null),
                        ICalProperties.findText(override, Property.SUMMARY).orElse("")))
                .sorted(Comparator.comparing(shift -> key(shift.recurrenceId())))
                .collect(Collectors.toList());
    }

    private static boolean isThisAndFuture(CalendarComponent override) {
        return override.<Property>getProperty(Property.RECURRENCE_ID)
                .flatMap(id -> id.<Parameter>getParameter(Parameter.RANGE))
                .filter(range -> "THISANDFUTURE".equalsIgnoreCase(range.getValue())).isPresent();
    }

    /** How far shifted instances may come from: the rule is expanded that much wider than the window. */
    private Duration reach(List<FutureShift> shifts) {
        return shifts.stream().map(shift -> shift.shift().abs().plus(Optional.ofNullable(shift.length(floatingZone))
                .orElse(Duration.ZERO).abs())).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    private Optional<FutureShift> latestShiftBefore(List<FutureShift> shifts, Occurrence fromRule) {
        Instant id = key(fromRule.recurrenceId());
        FutureShift latest = null;
        for (FutureShift shift : shifts) {
            if (key(shift.recurrenceId()).isBefore(id)) {
                latest = shift;
            }
        }
        return Optional.ofNullable(latest);
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
