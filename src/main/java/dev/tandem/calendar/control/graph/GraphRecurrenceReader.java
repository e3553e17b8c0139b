package dev.tandem.calendar.control.graph;

import dev.tandem.calendar.control.item.CalendarTime;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.model.Month;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * A series master's {@code patternedRecurrence} as an RRULE (RFC 5545 §3.3.10): daily, weekly on some days,
 * monthly or yearly on a day of the month or on the first…fourth or last given weekday, ending on a date, after
 * a number of occurrences or never. An {@code endDate} is inclusive in the series' zone: UNTIL becomes the last
 * second of that day there (in UTC, as RFC 5545 asks when DTSTART has a zone), or the date itself for all-day series.
 */
final class GraphRecurrenceReader {

    private GraphRecurrenceReader() {
    }

    /** Empty when the event does not recur or its pattern is of a type Graph did not document. */
    static Optional<Recur<Temporal>> read(JsonObject recurrence, CalendarTime start) {
        JsonObject pattern = GraphJson.object(recurrence, "pattern").orElse(JsonObject.EMPTY_JSON_OBJECT);
        Optional<Recur.Builder<Temporal>> builder = pattern(pattern);
        builder.ifPresent(b -> GraphJson.object(recurrence, "range").ifPresent(range -> range(b, range, start)));
        return builder.map(Recur.Builder::build);
    }

    private static Optional<Recur.Builder<Temporal>> pattern(JsonObject pattern) {
        var b = new Recur.Builder<Temporal>().interval(Math.max(1, GraphJson.number(pattern, "interval").orElse(1)));
        switch (GraphJson.text(pattern, "type").orElse("")) {
            case "daily":
                return Optional.of(b.frequency(Frequency.DAILY));
            case "weekly":
                GraphJson.text(pattern, "firstDayOfWeek").map(GraphRecurrence::weekDay).ifPresent(b::weekStartDay);
                return Optional.of(b.frequency(Frequency.WEEKLY)
                        .dayList(GraphRecurrence.weekDays(GraphJson.texts(pattern, "daysOfWeek"))));
            case "absoluteMonthly":
                return Optional.of(b.frequency(Frequency.MONTHLY).monthDayList(dayOfMonth(pattern)));
            case "relativeMonthly":
                return Optional.of(relative(b.frequency(Frequency.MONTHLY), pattern));
            case "absoluteYearly":
                return Optional.of(b.frequency(Frequency.YEARLY).monthList(month(pattern))
                        .monthDayList(dayOfMonth(pattern)));
            case "relativeYearly":
                return Optional.of(relative(b.frequency(Frequency.YEARLY).monthList(month(pattern)), pattern));
            default:
                return Optional.empty();
        }
    }

    private static Recur.Builder<Temporal> relative(Recur.Builder<Temporal> b, JsonObject pattern) {
        b.dayList(GraphRecurrence.weekDays(GraphJson.texts(pattern, "daysOfWeek")));
        int index = GraphJson.text(pattern, "index").map(GraphRecurrence.INDEXES::get).orElse(1);
        return b.setPosList(index);
    }

    private static int dayOfMonth(JsonObject pattern) {
        return GraphJson.number(pattern, "dayOfMonth").orElse(1);
    }

    private static Month month(JsonObject pattern) {
        return Month.valueOf(GraphJson.number(pattern, "month").orElse(1));
    }

    private static void range(Recur.Builder<Temporal> b, JsonObject range, CalendarTime start) {
        switch (GraphJson.text(range, "type").orElse("noEnd")) {
            case "numbered":
                GraphJson.number(range, "numberOfOccurrences").filter(n -> n > 0).ifPresent(b::count);
                break;
            case "endDate":
                GraphJson.text(range, "endDate").map(LocalDate::parse).ifPresent(last -> b.until(until(last, start)));
                break;
            default:
                break;
        }
    }

    private static Temporal until(LocalDate last, CalendarTime start) {
        if (start.isAllDay()) {
            return last;
        }
        return last.plusDays(1).atStartOfDay(start.dateTime().getZone()).minusSeconds(1)
                .withZoneSameInstant(ZoneOffset.UTC).toInstant();
    }
}
