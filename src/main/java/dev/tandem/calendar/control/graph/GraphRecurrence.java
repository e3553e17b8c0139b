package dev.tandem.calendar.control.graph;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.WeekDay;

/**
 * The vocabulary Graph's {@code patternedRecurrence} and RFC 5545's RRULE share: days of the week
 * ({@code "monday"} / MO) and the week-of-month index ({@code "second"} / BYSETPOS=2, {@code "last"} / -1).
 * {@link GraphRecurrenceReader} and {@link GraphRecurrenceWriter} translate the patterns with it.
 */
final class GraphRecurrence {

    static final Map<String, Integer> INDEXES = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "last", -1);

    private GraphRecurrence() {
    }

    static WeekDay weekDay(String graphDay) {
        return WeekDay.getWeekDay(DayOfWeek.valueOf(graphDay.strip().toUpperCase(Locale.ROOT)));
    }

    static String graphDay(WeekDay day) {
        return WeekDay.getDayOfWeek(new WeekDay(day, 0)).name().toLowerCase(Locale.ROOT);
    }

    static Optional<String> graphIndex(int setPos) {
        return INDEXES.entrySet().stream().filter(e -> e.getValue() == setPos).map(Map.Entry::getKey).findFirst();
    }

    static List<WeekDay> weekDays(List<String> graphDays) {
        return graphDays.stream().map(GraphRecurrence::weekDay).toList();
    }
}
