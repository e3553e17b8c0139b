package dev.tandem.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.ApiResponse;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TestMails;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MailDateFormat;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The controls a sales team sets on what mail sync logs, against a real Dovecot and a Tandem server process of
 * this class's own (so it can be restarted): the blocklist with its purge, bulk and internal mail, re-matching old
 * mail when a contact gets an address, and the first-sync preview. Each method has its own user and mailbox.
 */
class MailRulesIT {

    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(60);
    private static DovecotServer dovecot;
    private static TandemServer server;

    @BeforeAll
    static void start() {
        dovecot = new DovecotServer().start();
        server = TandemServer.start(TandemServerSettings.inFreshDataDir("mail-rules").withDemoData());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        dovecot.close();
    }

    @Test
    void blockingASenderRemovesWhatWasLoggedFromItWithAttachmentsAndKeepsItsLaterMailOut() {
        Fixture f = new Fixture();
        String bob = "bob@other-" + f.tag + ".example";
        f.contact("Bob " + f.tag, bob);
        f.append(TestMails.withAttachment("<a1-" + f.tag + "@x>", f.contactEmail, f.userEmail, "Offer " + f.tag,
                "Offer", "offer.pdf", TestMails.pdfBytes()));
        f.append(TestMails.plain("<a2-" + f.tag + "@x>", f.contactEmail, f.userEmail, "Chat " + f.tag, "Hi"));
        f.append(TestMails.withAttachment("<b1-" + f.tag + "@x>", bob, f.userEmail, "Bob's " + f.tag, "Hi",
                "bob.pdf", TestMails.pdfBytes()));
        f.append(bulk("<n1-" + f.tag + "@x>", bob, f.userEmail, "Newsletter " + f.tag));
        f.append(TestMails.plain("<i1-" + f.tag + "@x>", "alice@tandem.test", f.userEmail, "Lunch " + f.tag, "Hi"));
        f.connect(null);
        f.awaitFirstSync();
        assertEquals(List.of("Bob's " + f.tag, "Chat " + f.tag, "Offer " + f.tag), f.subjects());
        assertTrue(f.skippedReason("Newsletter " + f.tag).contains("bulk"));
        assertTrue(f.skippedReason("Lunch " + f.tag).contains("only users of this CRM"));
        JsonObject offer = f.email("Offer " + f.tag);
        String offerAttachment = "api/activities/" + offer.getInt("id") + "/attachments/"
                + offer.getJsonArray("attachments").getJsonObject(0).getInt("id");
        JsonObject bobs = f.email("Bob's " + f.tag);
        String bobAttachment = "api/activities/" + bobs.getInt("id") + "/attachments/"
                + bobs.getJsonArray("attachments").getJsonObject(0).getInt("id");

        JsonObject entry = Json.createObjectBuilder().add("entry", f.contactEmail.toUpperCase()).build();
        ApiResponse dryRun = f.user.post("api/me/blocklist/dry-run", entry);
        assertEquals(200, dryRun.status(), dryRun::toString);
        assertEquals(2, dryRun.json().getInt("activities"), dryRun::toString);
        assertEquals(1, dryRun.json().getInt("attachments"));
        assertEquals(3, f.subjects().size(), "a dry run removes nothing");

        ApiResponse added = f.user.post("api/me/blocklist", entry);
        assertEquals(201, added.status(), added::toString);
        assertEquals(2, added.json().getJsonObject("removed").getInt("activities"));
        assertEquals(List.of("Bob's " + f.tag), f.subjects());
        assertEquals(404, f.user.download(offerAttachment).statusCode(), "the blocked sender's attachment is gone");
        assertEquals(404, f.user.get("api/activities/" + offer.getInt("id")).status());
        assertEquals(200, f.user.download(bobAttachment).statusCode(), "other mail keeps its attachments");
        assertEquals(409, f.user.post("api/me/blocklist", entry).status(), "listed twice");
        assertEquals(400, f.user.post("api/me/blocklist/dry-run", Json.createObjectBuilder()
                .add("entry", "not an address").build()).status());

        assertEquals(200, f.user.put("api/me/mail-preferences", Json.createObjectBuilder()
                .add("logBulkMail", true).build()).status());
        f.append(TestMails.plain("<a3-" + f.tag + "@x>", f.contactEmail, f.userEmail, "Again " + f.tag, "Hi"));
        f.append(bulk("<n2-" + f.tag + "@x>", bob, f.userEmail, "Second newsletter " + f.tag));
        f.syncAgain();
        assertTrue(f.skippedReason("Again " + f.tag).contains("your blocklist"));
        assertEquals(List.of("Bob's " + f.tag, "Second newsletter " + f.tag), f.subjects());

        String bobDomain = "other-" + f.tag + ".example";
        JsonObject domain = Json.createObjectBuilder().add("entry", bobDomain).build();
        assertEquals(403, f.user.post("api/blocklist", domain).status(), "the CRM's list is for admins");
        ApiResponse crmWide = f.admin.post("api/blocklist", domain);
        assertEquals(201, crmWide.status(), crmWide::toString);
        assertEquals(2, crmWide.json().getJsonObject("removed").getInt("activities"));
        assertEquals(List.of(), f.subjects());
        assertTrue(f.user.get("api/me/blocklist").body().contains(bobDomain), "the CRM's entries apply to the user");
    }

    @Test
    void oldMailIsLoggedOnceWithItsDateWhenAContactGetsItsAddressAlsoAcrossARestart() {
        Fixture f = new Fixture();
        String carla = "carla@new-" + f.tag + ".example";
        String dave = "dave@new-" + f.tag + ".example";
        OffsetDateTime tenDaysAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).truncatedTo(ChronoUnit.SECONDS);
        f.append(dated(TestMails.plain("<c1-" + f.tag + "@x>", carla, f.userEmail, "From Carla " + f.tag, "Hi"),
                tenDaysAgo));
        f.append(TestMails.plain("<d1-" + f.tag + "@x>", f.userEmail, dave, "To Dave " + f.tag, "Hi"));
        f.connect(null);
        f.awaitFirstSync();
        assertEquals(List.of(), f.subjects());
        assertTrue(f.skippedReason("From Carla " + f.tag).contains("no CRM contact among " + carla));

        long contactId = f.contact("Carla " + f.tag, carla);
        f.syncAgain();
        JsonObject fromCarla = f.email("From Carla " + f.tag);
        assertEquals(tenDaysAgo.toInstant(), OffsetDateTime.parse(fromCarla.getString("occurredAt")).toInstant());
        assertEquals(List.of(contactId), List.of(fromCarla.getJsonArray("contactIds").getJsonNumber(0).longValue()));

        ApiResponse changed = f.admin.put("api/contacts/" + contactId, Json.createObjectBuilder()
                .add("name", "Carla " + f.tag).add("emails", Json.createArrayBuilder().add(carla).add(dave)).build());
        assertEquals(200, changed.status(), changed::toString);
        server.stop();
        server.restart();
        f.syncAgain();
        assertEquals(List.of("From Carla " + f.tag, "To Dave " + f.tag), f.subjects());
        assertEquals("SENT", f.email("To Dave " + f.tag).getString("direction"));
        f.syncAgain();
        assertEquals(2, f.subjects().size(), "logged once");
        assertEquals(2, f.user.get("api/me/sync/ledger?outcome=LOGGED").items().size());
    }

    @Test
    void thePreviewSaysWhatTheFirstSyncWouldLogAndSavesNothingUntilTheUserConnects() {
        Fixture f = new Fixture();
        f.append(TestMails.plain("<p1-" + f.tag + "@x>", f.contactEmail, f.userEmail, "One " + f.tag, "Hi"));
        f.append(TestMails.plain("<p2-" + f.tag + "@x>", f.userEmail, f.contactEmail, "Two " + f.tag, "Hi"));
        f.append(TestMails.plain("<p3-" + f.tag + "@x>", "someone@nowhere.org", f.userEmail, "Three " + f.tag, "Hi"));

        ApiResponse preview = f.user.post("api/me/sync/preview", f.connectBody(30));
        assertEquals(200, preview.status(), preview::toString);
        assertEquals(30, preview.json().getInt("firstSyncDays"));
        JsonObject mail = preview.json().getJsonObject("mail");
        assertEquals(3, mail.getInt("messages"), preview::toString);
        assertEquals(2, mail.getInt("toLog"));
        JsonObject contact = mail.getJsonArray("contacts").getJsonObject(0);
        assertEquals("Ana " + f.tag, contact.getString("name"));
        assertEquals(2, contact.getInt("mails"));
        assertEquals(2, mail.getJsonArray("companies").getJsonObject(0).getInt("mails"));
        assertTrue(preview.json().isNull("calendar"));

        assertEquals("NOT_CONNECTED", f.user.get("api/me/sync").json().getString("state"));
        assertEquals(0, f.user.get("api/me/sync/ledger").items().size(), "no ledger line before connecting");
        assertEquals(List.of(), f.subjects());
        ApiResponse wrong = f.user.post("api/me/sync/preview", Json.createObjectBuilder(f.connectBody(30))
                .add("imap", Json.createObjectBuilder(f.connectBody(30).getJsonObject("imap"))
                        .add("password", "wrong")).build());
        assertEquals(422, wrong.status(), wrong::toString);

        f.connect(30);
        f.awaitFirstSync();
        assertEquals(List.of("One " + f.tag, "Two " + f.tag), f.subjects());
    }

    private static String bulk(String messageId, String from, String to, String subject) {
        return "List-Unsubscribe: <mailto:leave@lists.example>\r\n" + TestMails.plain(messageId, from, to, subject, "News");
    }

    private static String dated(String rfc822, OffsetDateTime at) {
        return rfc822.replaceFirst("Date: [^\r]*", "Date: " + new MailDateFormat().format(Date.from(at.toInstant())));
    }

    /** A fresh Tandem user with a Dovecot mailbox, a company and a contact of that company. */
    private static final class Fixture {
        final String tag = UUID.randomUUID().toString().substring(0, 8);
        final String mailbox = "r" + tag;
        final String password = "pw-" + tag + "-secret";
        final String userEmail = mailbox + "@tandem.test";
        final String domain = "acme-" + tag + ".example";
        final String contactEmail = "ana@" + domain;
        final ApiClient admin = ApiClient.to(server.baseUri()).as("alice", "alice-demo-1");
        final ApiClient user;

        Fixture() {
            dovecot.addUser(mailbox, password);
            assertEquals(201, admin.post("api/users", Json.createObjectBuilder().add("username", mailbox)
                    .add("password", "tandem-" + tag).add("displayName", "User " + tag).add("email", userEmail)
                    .build()).status());
            user = ApiClient.to(server.baseUri()).as(mailbox, "tandem-" + tag);
            long companyId = admin.post("api/companies", Json.createObjectBuilder().add("name", "Acme " + tag)
                    .add("domains", Json.createArrayBuilder().add(domain)).build()).json().getJsonNumber("id")
                    .longValue();
            admin.post("api/contacts", Json.createObjectBuilder().add("name", "Ana " + tag)
                    .add("emails", Json.createArrayBuilder().add(contactEmail)).add("companyId", companyId).build());
        }

        long contact(String name, String email) {
            ApiResponse created = admin.post("api/contacts", Json.createObjectBuilder().add("name", name)
                    .add("emails", Json.createArrayBuilder().add(email)).build());
            assertEquals(201, created.status(), created::toString);
            return created.json().getJsonNumber("id").longValue();
        }

        void append(String rfc822) {
            dovecot.appendMessage(mailbox, "INBOX", rfc822);
        }

        JsonObject connectBody(Integer days) {
            var body = Json.createObjectBuilder().add("provider", "IMAP").add("mode", "MAIL")
                    .add("imap", Json.createObjectBuilder().add("host", DovecotServer.HOST)
                            .add("port", dovecot.ports().imap()).add("security", "NONE").add("username", mailbox)
                            .add("password", password));
            return (days == null ? body : body.add("firstSyncDays", days)).build();
        }

        void connect(Integer days) {
            ApiResponse connected = user.post("api/me/sync", connectBody(days));
            assertEquals(201, connected.status(), connected::toString);
        }

        void awaitFirstSync() {
            Await.until(SYNC_TIMEOUT, () -> lastSyncAt() != null);
        }

        /** Asks for a session now and waits until one has ended after the request. */
        void syncAgain() {
            String before = lastSyncAt();
            Await.until(SYNC_TIMEOUT, () -> user.post("api/me/sync/run", JsonValue.EMPTY_JSON_OBJECT).status() == 202);
            Await.until(SYNC_TIMEOUT, () -> lastSyncAt() != null && !lastSyncAt().equals(before));
        }

        private String lastSyncAt() {
            JsonObject mail = user.get("api/me/sync").json().getJsonObject("mail");
            return mail == null || mail.isNull("lastSyncAt") ? null : mail.getString("lastSyncAt");
        }

        List<String> subjects() {
            return emails().stream().map(m -> m.getString("subject")).sorted().toList();
        }

        JsonObject email(String subject) {
            return emails().stream().filter(m -> m.getString("subject").equals(subject)).findFirst()
                    .orElseThrow(() -> new AssertionError("no activity '" + subject + "' in " + emails()));
        }

        private List<JsonObject> emails() {
            return user.get("api/activities?type=EMAIL&limit=500").items().getValuesAs(JsonObject.class);
        }

        String skippedReason(String subject) {
            return user.get("api/me/sync/ledger?outcome=SKIPPED&limit=500").items().getValuesAs(JsonObject.class)
                    .stream().filter(e -> e.getString("summary").equals(subject)).findFirst()
                    .map(e -> e.getString("reason")).orElseThrow(() -> new AssertionError("no skip of " + subject));
        }
    }
}
