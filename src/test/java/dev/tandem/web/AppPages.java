package dev.tandem.web;

import dev.tandem.testsupport.HeadlessChromium;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The signed-in pages as a user moves between them: the login form, the dashboard, the user icon's menu, the
 * profile's language choice; and what a browser can do to its session (a cookie the server no longer knows).
 */
final class AppPages {

    private final HeadlessChromium chromium;
    private final WebDriver driver;
    private final URI baseUri;

    AppPages(HeadlessChromium chromium, URI baseUri) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.baseUri = baseUri;
    }

    /** Signs in through the login form, which leads to the dashboard. */
    AppPages signIn(String user, String password) {
        driver.get(baseUri.resolve("login.xhtml").toString());
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
        return this;
    }

    /** Fills in the login form and posts it, wherever that leads (the dashboard, or the login page again). */
    void submitLogin(String user, String password) {
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        chromium.clickAndAwaitNewPage(By.id("login:submit"));
    }

    /** The user icon's menu, then "Sign out", which leads to the login page. */
    void signOut() {
        driver.findElement(By.id("user-menu")).click();
        chromium.clickAndAwaitNewPage(By.id("logout:submit"));
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    }

    /** Picks a language in the profile ({@code ""} automatic, {@code "en"}, {@code "es"}) without saving it. */
    void pickLanguage(String value) {
        driver.findElement(languageOption(value)).click();
    }

    /** Picks a language in the profile and saves it; the profile page comes back (POST-redirect-GET). */
    void chooseLanguage(String value) {
        pickLanguage(value);
        chromium.clickAndAwaitNewPage(By.id("language:save"));
    }

    /** The value of the language option that is checked in the profile. */
    String chosenLanguage() {
        return driver.findElements(By.cssSelector("input[name='language:choice']")).stream()
                .filter(WebElement::isSelected).map(option -> option.getAttribute("value")).findFirst()
                .orElseThrow();
    }

    /**
     * Gives the browser a session cookie the server does not know, as when the session timed out on the server:
     * the next request carries a requested session id that is not valid.
     */
    void loseTheServerSession() {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        driver.manage().deleteCookie(session);
        driver.manage().addCookie(new Cookie.Builder(session.getName(), UUID.randomUUID().toString().replace("-", ""))
                .path(session.getPath()).isHttpOnly(true).build());
    }

    /**
     * Replaces the view state (Faces' token for a postback) of {@code form} with one the session never gave, in the
     * shape Mojarra writes its own ({@code <logical id>:<view id>}), as a forged form would carry it.
     */
    void forgeViewState(String form) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).querySelector("
                + "\"input[name='jakarta.faces.ViewState']\").value = '-' + Date.now() + ':-' + Date.now();", form);
    }

    /** Who and when of the dashboard's latest activity. */
    String firstActivityMeta() {
        return driver.findElement(By.cssSelector("#latest-list .activity-meta")).getText().strip();
    }

    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    void openDashboard() {
        driver.get(baseUri.resolve("app/dashboard.xhtml").toString());
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    }

    /** The seed's path: the user icon at the top right, then "My profile". */
    void openProfileFromTheUserIcon() {
        driver.findElement(By.id("user-menu")).click();
        chromium.await(ExpectedConditions.elementToBeClickable(By.id("menu-profile"))).click();
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
    }

    /** Profile → Tools → Mail &amp; Calendar Sync. */
    void openSyncFromTheProfile() {
        chromium.await(ExpectedConditions.elementToBeClickable(By.id("sync-link"))).click();
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("feedback")));
    }

    /** Contacts in the top bar, then a search for {@code text}. */
    void searchContacts(String text) {
        chromium.clickAndAwaitNewPage(By.id("nav-contacts"));
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("q"))).sendKeys(text);
        chromium.clickAndAwaitNewPage(By.id("search-submit"));
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("contact-list")));
    }

    /** Opens the first contact of the list whose name starts with {@code name}. */
    void openContact(String name) {
        driver.findElements(By.cssSelector("#contact-list .person-name")).stream()
                .filter(link -> link.getText().startsWith(name)).findFirst().orElseThrow().click();
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("contact-name")));
    }

    /** Companies in the top bar, then a search for {@code text} (by name or web domain). */
    void searchCompanies(String text) {
        chromium.clickAndAwaitNewPage(By.id("nav-companies"));
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("q"))).sendKeys(text);
        chromium.clickAndAwaitNewPage(By.id("search-submit"));
    }

    /** Opens the company of the list with this name. */
    void openCompany(String name) {
        chromium.clickAndAwaitNewPage(By.linkText(name));
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id("company-name")));
    }

    /** The names a list of people or companies shows, in order. */
    List<String> names(String listId) {
        return driver.findElements(By.cssSelector("#" + listId + " .person-name")).stream().map(WebElement::getText)
                .toList();
    }

    void openPage(String page) {
        driver.get(baseUri.resolve(page).toString());
    }

    void addNote(String subject, String text) {
        driver.findElement(By.id("note:subject")).sendKeys(subject);
        driver.findElement(By.id("note:text")).sendKeys(text);
        chromium.clickAndAwaitNewPage(By.id("note:add"));
    }

    void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    private static By languageOption(String value) {
        return By.cssSelector("input[name='language:choice'][value='" + value + "']");
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    boolean isShown(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void await(String id) {
        chromium.await(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }
}
