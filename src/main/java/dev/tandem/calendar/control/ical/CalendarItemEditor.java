package dev.tandem.calendar.control.ical;

import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.CalendarItemEdit;
import dev.tandem.calendar.control.item.CalendarTime;
import dev.tandem.calendar.control.item.TaskStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.Completed;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.PercentComplete;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;

/**
 * Applies a {@link CalendarItemEdit} to the master component in place. Only the properties the edit names are
 * replaced; the rest of the object — alarms, X- properties, attendees' answers, overrides, time zones — stays as
 * it came. SEQUENCE moves only for a {@link SchedulingChange}.
 */
final class CalendarItemEditor {

    private final ZoneId floatingZone;
    private final CalendarItemReader reader;

    CalendarItemEditor(ZoneId floatingZone) {
        this.floatingZone = floatingZone;
        this.reader = new CalendarItemReader(floatingZone);
    }

    void apply(ICalendarObject object, CalendarItemEdit edit, Instant now) {
        CalendarItem before = reader.read(object);
        CalendarComponent master = object.master();
        ICalProperties.setText(master, Property.SUMMARY, edit.summary());
        ICalProperties.setText(master, Property.DESCRIPTION, edit.description());
        ICalProperties.setText(master, Property.LOCATION, edit.location());
        applyTimes(master, edit);
        Optional.ofNullable(edit.due()).ifPresent(due -> ICalProperties.setTime(master, Property.DUE, due));
        applyCompletion(master, edit);
        Optional.ofNullable(edit.attendees()).ifPresent(attendees -> AttendeeEditor.apply(master, attendees));
        if (SchedulingChange.between(before, reader.read(object), floatingZone)) {
            master.replace(new Sequence(ICalProperties.sequence(master) + 1));
        }
        master.replace(new DtStamp(now));
        master.replace(new LastModified(now));
        VTimeZones.addMissing(object.calendar());
    }

    private static void applyCompletion(CalendarComponent master, CalendarItemEdit edit) {
        if (edit.completed() != null) {
            master.replace(new Completed(edit.completed()));
            master.replace(new Status(TaskStatus.COMPLETED.toStatus()));
            master.replace(new PercentComplete(100));
        } else if (edit.reopened()) {
            master.removeAll(Property.COMPLETED, Property.PERCENT_COMPLETE);
            master.replace(new Status(TaskStatus.NEEDS_ACTION.toStatus()));
        }
    }

    /**
     * A new start without a new end moves the end along, keeping the length (DURATION moves by itself). A time the
     * edit repeats unchanged is left as the client wrote it (its TZID, a Windows zone id included).
     */
    private void applyTimes(CalendarComponent master, CalendarItemEdit edit) {
        Optional<CalendarTime> oldStart = ICalTimes.find(master, Property.DTSTART, floatingZone);
        Optional<CalendarTime> oldEnd = ICalTimes.find(master, Property.DTEND, floatingZone);
        CalendarTime end = edit.end();
        if (edit.start() != null && end == null && oldStart.isPresent() && oldEnd.isPresent()) {
            end = ItemLength.between(oldStart.get(), oldEnd.get()).endFrom(edit.start());
        }
        if (edit.start() != null && !oldStart.equals(Optional.of(edit.start()))) {
            ICalProperties.setTime(master, Property.DTSTART, edit.start());
        }
        if (end != null && !oldEnd.equals(Optional.of(end))) {
            master.removeAll(Property.DURATION);
            ICalProperties.setTime(master, Property.DTEND, end);
        }
    }
}
