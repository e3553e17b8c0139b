package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.calendar.control.caldav.CalDavClient;
import dev.tandem.calendar.control.dav.CalDavCredentials;
import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.HeadlessChromium;
import dev.tandem.testsupport.RadicaleServer;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The calendar and the task list in a real browser, over a real Radicale calendar: what the provider holds shows
 * on the right day with its reason for being read-only (an invitation from someone else, a recurring series) and
 * unanswered invitations marked; attendees who are CRM contacts link to them, others show by address; an event
 * created on the screen reaches the provider with the next sync, and can be changed and deleted there again; tasks
 * are ticked done. In English at 1280 px and in Spanish on a 390 px phone.
 */
class CalendarScreenIT {

    private static final DateTimeFormatter ICAL_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private static TandemServer tandem;
    private static RadicaleServer radicale;

    @BeforeAll
    static void startPeers() {
        assumeTrue(HeadlessChromium.isInstalled(), "Browser tests need Debian's chromium and chromedriver");
        radicale = RadicaleServer.start();
        tandem = TandemServer.start(TandemServerSettings.inFreshDataDir("calendar-screen").withDemoData());
    }

    @AfterAll
    static void stopPeers() {
        if (tandem != null) {
            tandem.stop();
        }
        if (radicale != null) {
            radicale.close();
        }
    }

    @Test
    void theWeekShowsWhatTheProviderHoldsAndEventsMadeHereReachIt() {
        Connected user = connectedUser();
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        user.put("partner@other.example", invitation(user.name(), today));
        user.put("standup@other.example", weeklySeries(today));
        user.put("offer@other.example", task("Send the offer", today.plusDays(2)));
        user.sync();

        try (var chromium = HeadlessChromium.start("en")) {
            var pages = new AppPages(chromium, tandem.baseUri()).signIn(user.name(), user.password());
            var calendar = new CalendarPages(chromium);
            calendar.openFromTheTopBar();

            String day = calendar.dayText(today);
            assertTrue(day.contains("Partner call"), day);
            assertTrue(day.contains("Invitation · read-only"), day);
            assertTrue(day.contains("Not answered yet"), day);
            assertTrue(day.contains("Team standup") && day.contains("Recurring · read-only"), day);
            WebElement ana = calendar.person(today, "Ana");
            assertTrue(ana.getAttribute("href").contains("/app/contact.xhtml?id="), "Ana is a CRM contact");
            assertTrue(day.contains("stranger@elsewhere.example"), "not a contact: shown by address. " + day);
            chromium.screenshot("calendar-week-en-1280");

            calendar.openEvent(today, "Partner call");
            assertTrue(pages.text("read-only").startsWith("Invitation · read-only"), pages.pageText());
            assertFalse(pages.isShown("event:save"), "an invitation from someone else offers no form");
            assertEquals("not answered yet", pages.text("event-my-status"));
            chromium.screenshot("event-invitation-en-1280");

            calendar.openFromTheTopBar();
            calendar.createEvent("Demo with Acme", today, "12:00", "13:00", "ana@acme.com");
            assertTrue(pages.text("messages").contains("Event “Demo with Acme” created"), pages.pageText());
            assertTrue(calendar.dayText(today).contains("Demo with Acme"), calendar.dayText(today));
            user.sync();
            assertTrue(user.providerHolds("SUMMARY:Demo with Acme"), "the next sync takes it to the provider");

            calendar.openEvent(today, "Demo with Acme");
            calendar.retitle("Demo with Acme (moved)");
            assertTrue(calendar.dayText(today).contains("Demo with Acme (moved)"), calendar.dayText(today));
            calendar.openEvent(today, "Demo with Acme (moved)");
            chromium.clickAndAwaitNewPage(By.id("event:delete"));
            assertTrue(pages.text("messages").contains("deleted"), pages.pageText());
            assertFalse(calendar.dayText(today).contains("Demo with Acme"), calendar.dayText(today));

            calendar.showMonth();
            assertTrue(calendar.dayText(today).contains("Partner call"), calendar.dayText(today));
            chromium.screenshot("calendar-month-en-1280");

            calendar.openTasks();
            assertTrue(pages.text("open-tasks").contains("Send the offer"), pages.pageText());
            calendar.addTask("Call Luis back");
            calendar.completeTask("Call Luis back");
            assertTrue(pages.text("done-tasks").contains("Call Luis back"), pages.pageText());
            assertFalse(pages.text("open-tasks").contains("Call Luis back"), pages.pageText());
            chromium.screenshot("tasks-en-1280");
        }
    }

    @Test
    void onAPhoneInSpanishTheCalendarAndTasksFit() {
        Connected user = connectedUser();
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        user.put("partner@other.example", invitation(user.name(), today));
        user.put("offer@other.example", task("Enviar la oferta", today.plusDays(1)));
        user.sync();

        try (var chromium = HeadlessChromium.startPhone("es")) {
            var pages = new AppPages(chromium, tandem.baseUri()).signIn(user.name(), user.password());
            var calendar = new CalendarPages(chromium);
            calendar.openFromTheTopBar();
            String day = calendar.dayText(today);
            assertTrue(day.contains("Invitación · solo lectura") && day.contains("Sin responder"), day);
            chromium.screenshotAndAssertFits("calendar-week-es-390");
            calendar.showMonth();
            chromium.screenshotAndAssertFits("calendar-month-es-390");
            calendar.openTasks();
            assertTrue(pages.text("open-tasks").contains("Enviar la oferta"), pages.pageText());
            chromium.screenshotAndAssertFits("tasks-es-390");
            assertFalse(pages.pageText().contains("???"), "a text without translation: " + pages.pageText());
        }
    }

    /** A new Tandem user (its address is the one invitations name) connected to its own Radicale calendar. */
    private static Connected connectedUser() {
        String name = TestUsers.create(tandem.baseUri(), "cal", "Carla Vidal");
        String password = TestUsers.password(name);
        radicale.addUser(name, "pw-" + name);
        URI collection = radicale.createCalendar(name, "work", "Work", "VEVENT", "VTODO");
        var api = ApiClient.to(tandem.baseUri()).as(name, password);
        var connect = Json.createObjectBuilder().add("provider", "CALDAV").add("mode", "CALENDAR")
                .add("caldav", Json.createObjectBuilder().add("url", radicale.principalUri(name).toString())
                        .add("username", name).add("password", "pw-" + name)).build();
        var answer = api.post("api/me/sync", connect);
        assertTrue(answer.status() == 201 || answer.status() == 200, "connect: " + answer);
        return new Connected(name, password, api, new CalDavClient(new CalDavCredentials(name, "pw-" + name)),
                collection);
    }

    private static String invitation(String me, LocalDate day) {
        return calendar("BEGIN:VEVENT", "UID:partner@other.example", "DTSTAMP:20261101T000000Z",
                "DTSTART:" + day.format(ICAL_DAY) + "T100000Z", "DTEND:" + day.format(ICAL_DAY) + "T110000Z",
                "SUMMARY:Partner call", "ORGANIZER;CN=Boss:mailto:boss@other.example",
                "ATTENDEE;PARTSTAT=NEEDS-ACTION;CN=Carla:mailto:" + me + "@tandem.test",
                "ATTENDEE;PARTSTAT=ACCEPTED;CN=Ana:mailto:ana@acme.com",
                "ATTENDEE;PARTSTAT=TENTATIVE:mailto:stranger@elsewhere.example", "END:VEVENT");
    }

    private static String weeklySeries(LocalDate firstDay) {
        return calendar("BEGIN:VEVENT", "UID:standup@other.example", "DTSTAMP:20261101T000000Z",
                "DTSTART:" + firstDay.format(ICAL_DAY) + "T150000Z", "DTEND:" + firstDay.format(ICAL_DAY) + "T151500Z",
                "RRULE:FREQ=WEEKLY;COUNT=4", "SUMMARY:Team standup", "END:VEVENT");
    }

    private static String task(String title, LocalDate due) {
        return calendar("BEGIN:VTODO", "UID:" + UUID.randomUUID() + "@other.example", "DTSTAMP:20261101T000000Z",
                "DUE;VALUE=DATE:" + due.format(ICAL_DAY), "SUMMARY:" + title, "STATUS:NEEDS-ACTION", "END:VTODO");
    }

    private static String calendar(String... component) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n" + String.join("\r\n", component)
                + "\r\nEND:VCALENDAR\r\n";
    }

    /** A user, their API client and their provider calendar. */
    private record Connected(String name, String password, ApiClient api, CalDavClient caldav, URI collection) {

        void put(String uid, String icalendar) {
            caldav.create(collection, uid, icalendar);
        }

        /** Runs a session now and waits until the calendar half reports a newer sync or an error. */
        void sync() {
            String before = lastSync();
            assertEquals(202, api.post("api/me/sync/run", JsonValue.EMPTY_JSON_OBJECT).status());
            Await.until(Duration.ofSeconds(60), () -> !lastSync().equals(before));
            JsonObject calendar = api.get("api/me/sync").json().getJsonObject("calendar");
            assertTrue(calendar.isNull("lastError"), "calendar sync failed: " + calendar);
        }

        boolean providerHolds(String line) {
            return caldav.listItems(collection).stream()
                    .anyMatch(ref -> caldav.get(ref.href()).icalendar().contains(line));
        }

        private String lastSync() {
            JsonObject calendar = api.get("api/me/sync").json().getJsonObject("calendar");
            return calendar.isNull("lastSyncAt") ? "" : calendar.getString("lastSyncAt");
        }
    }
}
