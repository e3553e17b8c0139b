package dev.tandem.web;

import dev.tandem.testsupport.HeadlessChromium;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sync screen as a user works it: each method is one thing a user does or looks at. */
final class SyncScreen {

    private final HeadlessChromium chromium;
    private final WebDriver driver;
    private final URI baseUri;

    SyncScreen(HeadlessChromium chromium, URI baseUri) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.baseUri = baseUri;
    }

    /** Signs in and opens the screen the seed's way: user icon → My profile → Tools → Mail &amp; Calendar Sync. */
    SyncScreen signInAndOpen(String user, String password) {
        var pages = new AppPages(chromium, baseUri).signIn(user, password);
        pages.openProfileFromTheUserIcon();
        pages.openSyncFromTheProfile();
        return this;
    }

    void reload() {
        driver.get(baseUri.resolve("app/sync.xhtml").toString());
    }

    void choose(String mode, String provider) {
        radio("choice:mode", mode).click();
        radio("choice:provider", provider).click();
        clickAndWaitForNewPage(By.id("choice:next"));
    }

    void fillImap(String user, String password, String host, int port, String security) {
        type("signin:imapUser", user);
        type("signin:imapPassword", password);
        type("signin:imapHost", host);
        type("signin:imapPort", Integer.toString(port));
        radio("signin:imapSecurity", security).click();
    }

    void typeMailPassword(String password) {
        type("signin:imapPassword", password);
    }

    void testConnection() {
        clickAndWaitForNewPage(By.id("signin:test"));
    }

    /** Connects and, when that worked, watches the first sync until it is over (the page follows it by itself). */
    void connect() {
        clickAndWaitForNewPage(By.id("signin:connect"));
        awaitFirstSyncOver(Duration.ofSeconds(60));
    }

    /**
     * What the screen shows of a first sync under way, read at once: the mail's progress bar and its text, the mails
     * logged, whether the calendar's first sync is shown running. Empty when there is no bar, or while the page is
     * swapping its content.
     */
    Optional<FirstSync> findFirstSync() {
        try {
            List<WebElement> bars = driver.findElements(By.id("mail-progress-bar"));
            if (bars.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FirstSync(Integer.parseInt(bars.get(0).getDomAttribute("value")),
                    text("mail-progress-text"), Long.parseLong(text("mail-imported")), isShown("calendar-progress")));
        } catch (WebDriverException swapping) {
            return Optional.empty();
        }
    }

    /**
     * Waits, without touching the page, until it shows no first sync under way: while one runs, the page brings
     * itself up to date every few seconds (resources/sync-progress.js), and stops when it is over.
     */
    void awaitFirstSyncOver(Duration timeout) {
        chromium.await(timeout, d -> {
            try {
                return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                        && d.findElements(By.cssSelector("#progress-note, #mail-progress, #calendar-progress"))
                        .isEmpty();
            } catch (WebDriverException swapping) {
                return false;
            }
        });
    }

    /** A first sync as the screen shows it; {@code text} is the line under the bar ("40 % · 80 mails logged…"). */
    record FirstSync(int percent, String text, long logged, boolean calendarRunning) {
    }

    void click(String id) {
        clickAndWaitForNewPage(By.id(id));
    }

    /** The connectivity test's steps as "NAME ok" / "NAME failed", in order. */
    List<String> testSteps() {
        return driver.findElements(By.cssSelector("#test-result li")).stream()
                .map(li -> li.getAttribute("id").substring("step-".length()) + " "
                        + (li.getAttribute("class").contains("step-ok") ? "ok" : "failed"))
                .toList();
    }

    /** What a test step found, as the screen says it (above the English technical detail). */
    String stepReason(String step) {
        return driver.findElement(By.cssSelector("#step-" + step + " .step-reason")).getText();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** The value of a button (Faces renders command buttons as {@code input type=submit}). */
    String button(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    boolean isShown(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String messages() {
        return text("feedback");
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The ledger rows as "summary | outcome". */
    List<String> ledgerRows() {
        return driver.findElements(By.cssSelector("#ledger tbody tr")).stream()
                .map(tr -> tr.findElement(By.className("summary")).getText() + " | "
                        + tr.findElement(By.className("outcome")).getText())
                .toList();
    }

    WebElement radio(String name, String value) {
        return driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    }

    void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Every action is a full-page POST: waits for the new page and its feedback area. */
    private void clickAndWaitForNewPage(By button) {
        chromium.clickAndAwaitNewPage(button);
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("feedback")));
    }
}
