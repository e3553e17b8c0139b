package dev.tandem.web.faces;

import dev.tandem.calendar.boundary.CallerCalendar;
import dev.tandem.calendar.control.item.CalendarException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The calendar page: a week or a month of the user's occurrences (GET parameters {@code view} and {@code date},
 * so a page is a link a user can keep), each marked when it is read-only and why, when it waits for the user's
 * answer, or when it was cancelled.
 */
@Named
@RequestScoped
public class CalendarBacking {

    @Inject
    CallerCalendar calendar;

    private String view;
    private String date;
    private CalendarPeriod period;
    private List<CalendarDay> days;

    public CalendarPeriod getPeriod() {
        if (period == null) {
            period = CalendarPeriod.of(view, date, getToday(), FacesTexts.locale());
        }
        return period;
    }

    public boolean isMonth() {
        return getPeriod().span() == CalendarPeriod.Span.MONTH;
    }

    public LocalDate getToday() {
        return LocalDate.now(Clock.system(DisplayTimes.zone()));
    }

    /** The page's days with their occurrences; empty days when the calendar cannot be read, with the reason. */
    public List<CalendarDay> getDays() {
        if (days == null) {
            var layout = new CalendarDays(DisplayTimes.zone(), FacesTexts.locale());
            CalendarPeriod shown = getPeriod();
            try {
                days = layout.lay(shown, getToday(), calendar.occurrences(layout.startOf(shown.firstDay()),
                        layout.startOf(shown.endDay())));
            } catch (CalendarException unreadable) {
                FacesTexts.error(unreadable);
                days = layout.lay(shown, getToday(), List.of());
            }
        }
        return days;
    }

    /** The week days' short names in the page's order, for the month grid's header. */
    public List<String> getWeekdayNames() {
        var name = DateTimeFormatter.ofPattern("EEE", FacesTexts.locale());
        return getPeriod().days().stream().limit(7).map(name::format).toList();
    }

    /** "December 2026" / "diciembre de 2026", or the week's first and last day. */
    public String getHeading() {
        CalendarPeriod shown = getPeriod();
        if (isMonth()) {
            return DateTimeFormatter.ofPattern("LLLL yyyy", FacesTexts.locale()).format(shown.anchor());
        }
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(FacesTexts.locale());
        return format.format(shown.firstDay()) + " – " + format.format(shown.endDay().minusDays(1));
    }

    /** A day's label: "lun 30" / "Mon 30" in a week column, the number alone under a month's weekday header. */
    public String dayLabel(LocalDate day) {
        return DateTimeFormatter.ofPattern(isMonth() ? "d" : "EEE d", FacesTexts.locale()).format(day);
    }

    /** The span shown, as links name it ("week" or "month"). */
    public String getShownView() {
        return isMonth() ? "month" : "week";
    }

    public String getView() {
        return view;
    }

    /** Also forgets a period worked out before Faces set the view parameters (it reads them first). */
    public void setView(String view) {
        this.view = view;
        this.period = null;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
        this.period = null;
    }
}
