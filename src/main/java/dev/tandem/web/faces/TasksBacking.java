package dev.tandem.web.faces;

import dev.tandem.calendar.boundary.CallerCalendar;
import dev.tandem.calendar.boundary.TaskInput;
import dev.tandem.calendar.boundary.TaskView;
import dev.tandem.platform.TandemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The task list: open tasks by due date (undated last), then done ones; the user ticks a task done or open again,
 * removes it, or adds one. Tasks that came read-only from the provider offer no control.
 */
@Named
@RequestScoped
public class TasksBacking {

    static final int SHOWN = 500;

    private static final Comparator<TaskView> BY_DUE = Comparator.comparing(TaskView::due,
            Comparator.nullsLast(Comparator.naturalOrder()));

    @Inject
    CallerCalendar calendar;

    @Inject
    DisplayTimes displayTimes;

    private List<TaskView> tasks;
    private String newTitle;
    private String newDue;

    private List<TaskView> tasks() {
        if (tasks == null) {
            tasks = calendar.tasksAfter(0, SHOWN);
        }
        return tasks;
    }

    public List<TaskView> getOpen() {
        return tasks().stream().filter(task -> !task.completed()).sorted(BY_DUE.thenComparing(TaskView::id)).toList();
    }

    public List<TaskView> getDone() {
        return tasks().stream().filter(TaskView::completed).toList();
    }

    /** A due date or moment as people read it, in the user's language. */
    public String dueOf(TaskView task) {
        if (task.due() == null) {
            return "";
        }
        return task.due().length() == 10 ? displayTimes.date(LocalDate.parse(task.due()))
                : displayTimes.of(OffsetDateTime.parse(task.due()));
    }

    public String add() {
        var input = new TaskInput();
        input.title = newTitle.strip();
        if (newDue != null && !newDue.isBlank()) {
            if (CalendarPeriod.findDate(newDue).isEmpty()) {
                FacesTexts.error("event.invalid.day", newDue);
                return null;
            }
            input.due = newDue.strip();
        }
        return change(() -> calendar.createTask(input), "tasks.added", input.title);
    }

    public String complete(TaskView task) {
        return change(() -> calendar.updateTask(task.id(), inputOf(task, true)), "tasks.completed", task.title());
    }

    public String reopen(TaskView task) {
        return change(() -> calendar.updateTask(task.id(), inputOf(task, false)), "tasks.reopened", task.title());
    }

    public String delete(TaskView task) {
        return change(() -> {
            calendar.deleteTask(task.id());
            return task;
        }, "tasks.deleted", task.title());
    }

    private static TaskInput inputOf(TaskView task, boolean completed) {
        var input = new TaskInput();
        input.title = task.title();
        input.description = task.description();
        input.due = task.due();
        input.completed = completed;
        return input;
    }

    private String change(Supplier<TaskView> change, String doneKey, String title) {
        try {
            change.get();
        } catch (TandemException refused) {
            FacesTexts.error(refused);
            return null;
        }
        FacesTexts.info(doneKey, title);
        FacesTexts.keepForRedirect();
        return "/app/tasks.xhtml?faces-redirect=true";
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewDue() {
        return newDue;
    }

    public void setNewDue(String newDue) {
        this.newDue = newDue;
    }
}
