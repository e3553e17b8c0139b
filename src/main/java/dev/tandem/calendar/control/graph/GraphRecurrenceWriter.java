package dev.tandem.calendar.control.graph;

import dev.tandem.calendar.control.item.CalendarTime;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;

/**
 * An RRULE as Graph's {@code patternedRecurrence}, for the patterns Graph has: every n days; weeks on some days;
 * months or years on one day of the month, or on the first…fourth or last of some weekdays. Anything else (BYHOUR,
 * BYWEEKNO, several month days…) Graph cannot hold, and the item is refused rather than changed into another series.
 */
final class GraphRecurrenceWriter {

    /** An RRULE Graph has no pattern for. */
    static final class UnsupportedRecurrenceException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnsupportedRecurrenceException(Recur<?> recur) {
            super("Microsoft Graph has no recurrence pattern for RRULE:" + recur);
        }
    }

    private GraphRecurrenceWriter() {
    }

    static JsonObject write(Recur<?> recur, CalendarTime start) {
        if (!recur.getHourList().isEmpty() || !recur.getMinuteList().isEmpty() || !recur.getSecondList().isEmpty()
                || !recur.getWeekNoList().isEmpty() || !recur.getYearDayList().isEmpty()
                || recur.getMonthDayList().size() > 1 || recur.getMonthList().size() > 1) {
            throw new UnsupportedRecurrenceException(recur);
        }
        LocalDate first = start.isAllDay() ? start.date() : start.dateTime().toLocalDate();
        JsonObjectBuilder pattern = Json.createObjectBuilder().add("interval", Math.max(1, recur.getInterval()));
        switch (recur.getFrequency()) {
            case DAILY -> pattern.add("type", "daily");
            case WEEKLY -> weekly(pattern, recur, first);
            case MONTHLY -> monthly(pattern, recur, first, "Monthly");
            case YEARLY -> monthly(pattern.add("month", recur.getMonthList().isEmpty() ? first.getMonthValue()
                    : recur.getMonthList().get(0).getMonthOfYear()), recur, first, "Yearly");
            default -> throw new UnsupportedRecurrenceException(recur);
        }
        return Json.createObjectBuilder().add("pattern", pattern).add("range", range(recur, start, first)).build();
    }

    private static void weekly(JsonObjectBuilder pattern, Recur<?> recur, LocalDate first) {
        if (recur.getDayList().stream().anyMatch(day -> day.getOffset() != 0)) {
            throw new UnsupportedRecurrenceException(recur);
        }
        List<WeekDay> days = recur.getDayList().isEmpty() ? List.of(WeekDay.getWeekDay(first.getDayOfWeek()))
                : recur.getDayList();
        WeekDay weekStart = recur.getWeekStartDay() == null ? WeekDay.MO : recur.getWeekStartDay();
        pattern.add("type", "weekly").add("daysOfWeek", days(days))
                .add("firstDayOfWeek", GraphRecurrence.graphDay(weekStart));
    }

    /** Absolute (BYMONTHDAY, or DTSTART's day) or relative (BYDAY=2TU, or BYDAY with one BYSETPOS). */
    private static void monthly(JsonObjectBuilder pattern, Recur<?> recur, LocalDate first, String suffix) {
        List<WeekDay> days = recur.getDayList();
        if (days.isEmpty()) {
            int day = recur.getMonthDayList().isEmpty() ? first.getDayOfMonth() : recur.getMonthDayList().get(0);
            if (day < 1) {
                throw new UnsupportedRecurrenceException(recur);
            }
            pattern.add("type", "absolute" + suffix).add("dayOfMonth", day);
            return;
        }
        int index = recur.getSetPosList().size() == 1 ? recur.getSetPosList().get(0)
                : days.size() == 1 ? days.get(0).getOffset() : 0;
        boolean offsetsAgree = days.stream().allMatch(d -> d.getOffset() == 0 || d.getOffset() == index);
        String name = GraphRecurrence.graphIndex(index).filter(n -> offsetsAgree && recur.getMonthDayList().isEmpty())
                .orElseThrow(() -> new UnsupportedRecurrenceException(recur));
        pattern.add("type", "relative" + suffix).add("daysOfWeek", days(days)).add("index", name);
    }

    private static JsonObjectBuilder range(Recur<?> recur, CalendarTime start, LocalDate first) {
        ZoneId zone = start.isAllDay() ? ZoneOffset.UTC : start.dateTime().getZone();
        JsonObjectBuilder range = Json.createObjectBuilder().add("startDate", first.toString())
                .add("recurrenceTimeZone", zone instanceof ZoneOffset ? "UTC" : zone.getId());
        if (recur.getCount() > 0) {
            return range.add("type", "numbered").add("numberOfOccurrences", recur.getCount());
        }
        if (recur.getUntil() != null) {
            return range.add("type", "endDate").add("endDate", lastDay(recur.getUntil(), zone).toString());
        }
        return range.add("type", "noEnd");
    }

    private static LocalDate lastDay(Temporal until, ZoneId zone) {
        if (until instanceof LocalDate date) {
            return date;
        }
        if (until instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone).toLocalDate();
        }
        if (until instanceof LocalDateTime floating) {
            return floating.toLocalDate();
        }
        return Instant.from(until).atZone(zone).toLocalDate();
    }

    private static JsonArrayBuilder days(List<WeekDay> days) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        days.forEach(day -> array.add(GraphRecurrence.graphDay(day)));
        return array;
    }
}
