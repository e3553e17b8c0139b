package dev.tandem.web;

import dev.tandem.testsupport.HeadlessChromium;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The calendar, event and task pages as a user works them: days, occurrences, the event form, the task list. */
final class CalendarPages {

    private final HeadlessChromium chromium;
    private final WebDriver driver;

    CalendarPages(HeadlessChromium chromium) {
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    void openFromTheTopBar() {
        chromium.clickAndAwaitNewPage(By.id("nav-calendar"));
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("days")));
    }

    void showMonth() {
        chromium.clickAndAwaitNewPage(By.id("view-month"));
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#days.cal-month")));
    }

    void openTasks() {
        chromium.clickAndAwaitNewPage(By.id("nav-tasks"));
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("new-task:title")));
    }

    String dayText(LocalDate day) {
        return day(day).getText();
    }

    /** The link or address of a person named on an occurrence of that day. */
    WebElement person(LocalDate day, String shownAs) {
        return day(day).findElements(By.cssSelector(".person")).stream()
                .filter(person -> person.getText().startsWith(shownAs)).findFirst().orElseThrow();
    }

    void openEvent(LocalDate day, String title) {
        WebElement link = day(day).findElements(By.cssSelector(".cal-title")).stream()
                .filter(candidate -> candidate.getText().equals(title)).findFirst().orElseThrow();
        driver.get(link.getAttribute("href"));
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("event-title")));
    }

    /** "New event", then the form filled in (date and time inputs set as the browser's pickers would). */
    void createEvent(String title, LocalDate day, String start, String end, String attendees) {
        chromium.clickAndAwaitNewPage(By.id("new-event"));
        driver.findElement(By.id("event:title")).sendKeys(title);
        setValue("event:day", day.toString());
        setValue("event:start", start);
        setValue("event:end", end);
        driver.findElement(By.id("event:attendees")).sendKeys(attendees);
        chromium.clickAndAwaitNewPage(By.id("event:save"));
    }

    void retitle(String title) {
        WebElement field = driver.findElement(By.id("event:title"));
        field.clear();
        field.sendKeys(title);
        chromium.clickAndAwaitNewPage(By.id("event:save"));
    }

    void addTask(String title) {
        driver.findElement(By.id("new-task:title")).sendKeys(title);
        chromium.clickAndAwaitNewPage(By.id("new-task:add"));
    }

    void completeTask(String title) {
        WebElement task = driver.findElements(By.cssSelector("#open-tasks .task")).stream()
                .filter(row -> row.findElement(By.className("task-title")).getText().equals(title)).findFirst()
                .orElseThrow();
        task.findElement(By.cssSelector("input[type=submit][id$=complete]")).click();
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("done-tasks")));
    }

    private WebElement day(LocalDate day) {
        return chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("day-" + day)));
    }

    /** Date and time inputs take typed keys in the browser's locale format; their value is always ISO. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), value);
    }
}
