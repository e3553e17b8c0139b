package dev.tandem.calendar.control.crm;

import dev.tandem.calendar.control.item.CalendarItem;

/** The plain-text body of the new-event notification: what, when, where, who organises. */
final class NewEventText {

    private NewEventText() {
    }

    static String of(CalendarItem event) {
        var text = new StringBuilder("Calendar sync added this event to your Tandem calendar:\n\n");
        text.append(event.summary().isBlank() ? "(no title)" : event.summary()).append('\n');
        event.findStart().ifPresent(start -> text.append("When: ").append(start)
                .append(event.findEnd().map(end -> " – " + end).orElse("")).append('\n'));
        if (!event.location().isBlank()) {
            text.append("Where: ").append(event.location()).append('\n');
        }
        event.findOrganizer().ifPresent(o -> text.append("Organizer: ")
                .append(o.name() == null ? o.email() : o.name() + " <" + o.email() + ">").append('\n'));
        return text.toString();
    }
}
