package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.HeadlessChromium;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TestMails;
import dev.tandem.testsupport.oauth.OAuthAccount;
import dev.tandem.testsupport.oauth.OAuthTestBed;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The OAuth pop-up path of the sync screen in a real browser: choosing Outlook.com opens the provider's page in a
 * pop-up window; when it comes back the window closes and the screen shows the active sync without a reload. When
 * the browser blocks the window, the screen says how to allow pop-ups in Chrome, Edge and Safari, in the user's
 * language, with a retry. Providers are the local stand-ins of {@link OAuthTestBed}.
 */
class OAuthPopupIT {

    private static final OAuthAccount OUTLOOK = OAuthAccount.microsoft("outlook", "elena@outlook.test", "elena",
            "radicale-" + UUID.randomUUID());

    private static OAuthTestBed bed;
    private static TandemServer tandem;

    @BeforeAll
    static void startServers() {
        assumeTrue(HeadlessChromium.isInstalled(), "Browser tests need Debian's chromium and chromedriver");
        bed = OAuthTestBed.start(Duration.ofMinutes(30), List.of(OUTLOOK));
        tandem = TandemServer.start(bed.configure(TandemServerSettings.inFreshDataDir("oauth-ui").withDemoData(),
                "outlook-com", OUTLOOK));
        var admin = ApiClient.to(tandem.uri("api/")).as("alice", "alice-demo-1");
        for (String user : List.of("elena", "felix")) {
            admin.post("users", Json.createObjectBuilder().add("username", user).add("password", user + "-pw-1")
                    .add("displayName", user).add("email", user + "@tandem.test").build());
        }
    }

    @AfterAll
    static void stopServers() {
        if (tandem != null) {
            tandem.stop();
        }
        if (bed != null) {
            bed.close();
        }
    }

    @Test
    void outlookComSignsInInAPopUpAndTheScreenTurnsToStopSyncWithoutAReload() {
        try (var chromium = HeadlessChromium.start("en")) {
            var screen = new SyncScreen(chromium, tandem.baseUri()).signInAndOpen("elena", "elena-pw-1");
            assertFalse(screen.radio("choice:provider", "GMAIL").isEnabled(), "Gmail has no client here");
            assertTrue(screen.text("note-not-configured").contains("Gmail"), screen::pageText);
            screen.choose("MAIL", "OUTLOOK_COM");
            assertEquals("Sign in with Outlook.com", screen.button("oauth:start"));
            assertFalse(screen.isShown("signin:imapPassword"), "no password is asked for");
            chromium.screenshot("sync-en-oauth-choice");
            String screenWindow = chromium.driver().getWindowHandle();
            js(chromium).executeScript("window.tandemSamePage = true;");

            chromium.driver().findElement(By.id("oauth:start")).click();
            chromium.await(d -> !d.findElements(By.id("actions:stop")).isEmpty());
            assertEquals(screenWindow, chromium.driver().getWindowHandle());
            assertEquals(Boolean.TRUE, js(chromium).executeScript("return window.tandemSamePage === true;"),
                    "the screen reloaded instead of updating in place");
            assertEquals("Stop sync", screen.button("actions:stop"));
            assertEquals("Sync is active. Tandem checked your account and starts the first sync now.",
                    chromium.await(d -> d.findElement(By.id("oauth-feedback")).getText()));
            chromium.await(d -> d.getWindowHandles().size() == 1);
            chromium.screenshot("sync-en-oauth-connected");

            var elena = ApiClient.to(tandem.uri("api/")).as("elena", "elena-pw-1");
            assertEquals(OUTLOOK.email(), elena.get("me/sync").json().getString("account"));
            String subject = "From Laura " + UUID.randomUUID();
            bed.deliver(OUTLOOK, TestMails.plain("<" + UUID.randomUUID() + "@outlook.com>",
                    "laura.vidal@outlook.com", OUTLOOK.email(), subject, "Hi."));
            elena.post("me/sync/run", Json.createObjectBuilder().build());
            Await.until(Duration.ofSeconds(60), () -> elena.get("activities?type=EMAIL").body().contains(subject));
        }
    }

    @Test
    void aBlockedPopUpShowsHowToAllowPopUpsInSpanishWithARetry() {
        try (var chromium = HeadlessChromium.start("es")) {
            var screen = new SyncScreen(chromium, tandem.baseUri()).signInAndOpen("felix", "felix-pw-1");
            screen.choose("MAIL", "OUTLOOK_COM");
            assertFalse(chromium.driver().findElement(By.id("popup-blocked")).isDisplayed());
            js(chromium).executeScript("window.open = function () { return null; };");

            chromium.driver().findElement(By.id("oauth:start")).click();
            chromium.await(d -> d.findElement(By.id("popup-blocked")).isDisplayed());
            String help = screen.text("popup-blocked");
            assertTrue(help.contains("Google Chrome") && help.contains("Microsoft Edge") && help.contains("Safari"),
                    help);
            assertTrue(help.contains("Ventanas emergentes y redirecciones"), help);
            assertEquals(1, chromium.driver().getWindowHandles().size());
            assertTrue(screen.isShown("popup-retry"));
            chromium.screenshot("sync-es-popup-blocked");

            chromium.driver().findElement(By.id("popup-retry")).click();
            assertTrue(chromium.driver().findElement(By.id("popup-blocked")).isDisplayed(), "still blocked");
            assertEquals("NOT_CONNECTED", ApiClient.to(tandem.uri("api/")).as("felix", "felix-pw-1")
                    .get("me/sync").json().getString("state"));
        }
    }

    private static JavascriptExecutor js(HeadlessChromium chromium) {
        return (JavascriptExecutor) chromium.driver();
    }
}
