package dev.tandem.web.faces;

import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The days a calendar page shows: a week, or a month laid out in whole weeks (the days of the neighbouring months
 * that fill the first and last rows included), starting on the first day of the week of the user's locale
 * (Monday in Spain, Sunday in the United States), the way calendar apps lay them out.
 */
public record CalendarPeriod(Span span, LocalDate anchor, DayOfWeek firstDayOfWeek) {

    /** How much one page shows. */
    public enum Span {
        WEEK, MONTH;

        /** The span a {@code view} parameter names; anything else is the week, the page's default. */
        static Span of(String name) {
            return "month".equalsIgnoreCase(name) ? MONTH : WEEK;
        }
    }

    static CalendarPeriod of(String view, String date, LocalDate today, Locale locale) {
        DayOfWeek first = WeekFields.of(withRegion(locale)).getFirstDayOfWeek();
        return new CalendarPeriod(Span.of(view), findDate(date).orElse(today), first);
    }

    /**
     * The locale with its most likely region (CLDR likely subtags: "es" → "es_ES", "en" → "en_US"): a view's
     * locale is often a bare language, and the first day of the week depends on the region.
     */
    static Locale withRegion(Locale locale) {
        return locale.getCountry().isEmpty() ? ULocale.addLikelySubtags(ULocale.forLocale(locale)).toLocale()
                : locale;
    }

    /** A date the page was given in ISO form, or nothing for a missing or mistyped one. */
    static Optional<LocalDate> findDate(String value) {
        try {
            return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(LocalDate::parse);
        } catch (java.time.format.DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    public LocalDate firstDay() {
        LocalDate from = span == Span.MONTH ? anchor.withDayOfMonth(1) : anchor;
        return from.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
    }

    /** The day after the last one shown. */
    public LocalDate endDay() {
        if (span == Span.WEEK) {
            return firstDay().plusWeeks(1);
        }
        LocalDate last = anchor.with(TemporalAdjusters.lastDayOfMonth());
        return last.with(TemporalAdjusters.previousOrSame(firstDayOfWeek)).plusWeeks(1);
    }

    public List<LocalDate> days() {
        return firstDay().datesUntil(endDay()).toList();
    }

    /** Whether the day belongs to the period itself, not to a neighbouring month filling the grid. */
    public boolean contains(LocalDate day) {
        return span == Span.WEEK || day.getMonth() == anchor.getMonth() && day.getYear() == anchor.getYear();
    }

    public LocalDate previous() {
        return span == Span.MONTH ? anchor.minusMonths(1).withDayOfMonth(1) : firstDay().minusWeeks(1);
    }

    public LocalDate next() {
        return span == Span.MONTH ? anchor.plusMonths(1).withDayOfMonth(1) : firstDay().plusWeeks(1);
    }
}
