package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.item.CalendarItem;
import dev.tandem.calendar.control.item.TaskStatus;
import dev.tandem.calendar.entity.Origin;

/** A task as the API shows it (api-v1.md, Calendar). */
public record TaskView(long id, String uid, String title, String description, String due, boolean completed,
                       boolean editable, String origin) {

    static TaskView of(long id, Origin origin, CalendarItem task, boolean editable) {
        boolean done = task.findCompleted().isPresent() || task.status() == TaskStatus.COMPLETED;
        return new TaskView(id, task.uid(), task.summary(), task.description(),
                ApiTimes.format(task.due()), done, editable, origin.name());
    }
}
