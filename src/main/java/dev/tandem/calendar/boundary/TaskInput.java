package dev.tandem.calendar.boundary;

import dev.tandem.calendar.control.item.TaskData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A task as clients send it; {@code due} is a date or a date-time with offset. A class, see {@link EventInput}. */
public class TaskInput {

    @NotBlank
    @Size(max = 1000)
    public String title;

    @Size(max = 100_000)
    public String description;

    public String due;

    public boolean completed;

    TaskData toData() {
        boolean dateOnly = due != null && due.length() == 10;
        return new TaskData(title.strip(), description,
                due == null || due.isBlank() ? null : ApiTimes.parse("due", due, dateOnly, "UTC"), completed);
    }
}
