package dev.tandem.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, driven headless through Debian's chromedriver, with a fresh profile under {@code target/} and
 * one preferred language (sent as Accept-Language). Nothing is downloaded: both binaries are given by path, so
 * Selenium Manager never runs.
 *
 * <pre>{@code
 * try (var chromium = HeadlessChromium.start("es")) {
 *     chromium.driver().get(url);
 *     chromium.screenshot("sync-es");   // target/screenshots/sync-es.png
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1000;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private final ChromeDriver driver;
    private final int width;

    private HeadlessChromium(ChromeDriver driver, int width) {
        this.driver = driver;
        this.width = width;
    }

    public static boolean isInstalled() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    /** Starts a desktop-sized browser that prefers {@code language} (e.g. "en", "es"). */
    public static HeadlessChromium start(String language) {
        return start(language, WIDTH, HEIGHT);
    }

    /** Starts a browser the size of a phone screen (390 × 844 CSS pixels, as an iPhone 12 to 15). */
    public static HeadlessChromium startPhone(String language) {
        HeadlessChromium phone = start(language, PHONE_WIDTH, PHONE_HEIGHT);
        // Headless Chrome keeps windows at least 500 px wide; DevTools' device metrics make the viewport a phone's.
        phone.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH,
                "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        return phone;
    }

    private static HeadlessChromium start(String language, int width, int height) {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=" + language, "--user-data-dir=" + freshProfile());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withLogOutput(OutputStream.nullOutputStream()).build();
        return new HeadlessChromium(new ChromeDriver(service, options), width);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits up to 30 s for the condition to give something other than null or false. */
    public <T> T await(Function<WebDriver, T> condition) {
        return await(WAIT, condition);
    }

    /** Waits up to {@code timeout} for the condition to give something other than null or false. */
    public <T> T await(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition::apply);
    }

    /**
     * Saves the whole page, also what lies below the window, as {@code target/screenshots/<name>.png} and returns
     * the file (Chrome DevTools' {@code Page.captureScreenshot} beyond the viewport, through chromedriver).
     */
    public Path screenshot(String name) {
        Object height = driver.executeScript("return document.documentElement.scrollHeight;");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", viewportWidth(),
                "height", ((Number) height).intValue(), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            return Files.write(directory.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Clicks something that posts a form and redirects (POST-redirect-GET) and waits for the new document: a marker
     * set on the old page's window disappears with it, whatever number of requests the navigation takes, and the
     * new page has finished loading. (Waiting for an old element to go stale raced with the redirect.)
     */
    public void clickAndAwaitNewPage(By target) {
        driver.executeScript("window.tandemOldPage = true;");
        driver.findElement(target).click();
        await(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return window.tandemOldPage === undefined && document.readyState === 'complete'")));
    }

    /**
     * Saves a screenshot (see {@link #screenshot(String)}) and checks that the page fits the width the browser was
     * started with (1280 px, or 390 px for a phone): the viewport has that width and nothing makes the user scroll
     * sideways.
     */
    public void screenshotAndAssertFits(String name) {
        screenshot(name);
        org.junit.jupiter.api.Assertions.assertEquals(width, windowWidth(), name + ": the window's width");
        org.junit.jupiter.api.Assertions.assertFalse(scrollsSideways(), name + ": the page is wider than the window");
    }

    /** The width of the window in CSS pixels, a vertical scroll bar included. */
    public int windowWidth() {
        return ((Number) driver.executeScript("return window.innerWidth;")).intValue();
    }

    /** The width of the page's viewport in CSS pixels. */
    public int viewportWidth() {
        return ((Number) driver.executeScript("return document.documentElement.clientWidth;")).intValue();
    }

    /** True when the page is wider than the viewport: the user would have to scroll sideways. */
    public boolean scrollsSideways() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).intValue()
                > viewportWidth();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Path freshProfile() {
        try {
            Path root = Files.createDirectories(Path.of("target", "chromium-profiles"));
            return Files.createTempDirectory(root.toAbsolutePath(), "profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
