package dev.tandem.calendar.control.recurrence;

import dev.tandem.calendar.control.item.CalendarTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * How much work a series' rule costs to expand up to a moment. ical4j steps through every candidate from DTSTART
 * on, whatever the window, so a rule of a stranger's invitation like {@code FREQ=SECONDLY} from years ago would
 * keep a calendar view busy for minutes. Candidates are estimated as steps of FREQ × INTERVAL from DTSTART to the
 * window's end, times what the BY-lists can add per step (RFC 5545 §3.3.10); a series beyond
 * {@link #MAX_CANDIDATES} is not expanded.
 */
final class SeriesBudget {

    /** About a second of ical4j's work here; a daily rule from 1970 on costs 20,000. */
    static final long MAX_CANDIDATES = 2_000_000;

    private static final Map<Frequency, Duration> STEP = Map.of(Frequency.SECONDLY, Duration.ofSeconds(1),
            Frequency.MINUTELY, Duration.ofMinutes(1), Frequency.HOURLY, Duration.ofHours(1),
            Frequency.DAILY, Duration.ofDays(1), Frequency.WEEKLY, Duration.ofDays(7),
            Frequency.MONTHLY, Duration.ofDays(28), Frequency.YEARLY, Duration.ofDays(365));

    private SeriesBudget() {
    }

    static boolean affordable(CalendarComponent master, CalendarTime start, Instant until, java.time.ZoneId zone) {
        Optional<Recur<?>> rule = master.<Property>getProperty(Property.RRULE).map(r -> ((RRule<?>) r).getRecur());
        if (rule.isEmpty()) {
            return true;
        }
        Duration span = Duration.between(start.toInstant(zone), until);
        if (span.isNegative()) {
            return true;
        }
        Duration step = STEP.get(rule.get().getFrequency()).multipliedBy(Math.max(1, rule.get().getInterval()));
        long steps = span.dividedBy(step) + 1;
        return steps <= MAX_CANDIDATES / perStep(rule.get());
    }

    /** The most candidates one step can give: every BY-list multiplies them. */
    private static long perStep(Recur<?> rule) {
        long product = 1;
        for (List<?> list : List.of(rule.getSecondList(), rule.getMinuteList(), rule.getHourList(),
                rule.getDayList(), rule.getMonthDayList(), rule.getYearDayList(), rule.getWeekNoList(),
                rule.getMonthList())) {
            product = Math.multiplyExact(product, Math.max(1, list.size()));
            if (product > MAX_CANDIDATES) {
                return MAX_CANDIDATES + 1;
            }
        }
        return product;
    }
}
