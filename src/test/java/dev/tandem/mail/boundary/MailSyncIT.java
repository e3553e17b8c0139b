package dev.tandem.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.ApiResponse;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.TcpRelay;
import dev.tandem.testsupport.TestMails;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail sync end to end: the real build on Payara Micro connects to a real Dovecot over IMAP, logs exactly the mail
 * exchanged with CRM contacts and companies, explains every skip in the ledger, and refuses every change to what it
 * logged. Each method works with its own Tandem user, mailbox and CRM records.
 */
@ExtendWith(ArquillianExtension.class)
class MailSyncIT {

    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(60);
    private static DovecotServer dovecot;

    @ArquillianResource
    URL deploymentUrl;

    @Deployment(testable = false)
    static WebArchive realBuild() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("tandem.war")));
    }

    @BeforeAll
    static void startDovecot() {
        dovecot = new DovecotServer().start();
    }

    @AfterAll
    static void stopDovecot() {
        dovecot.close();
    }

    @Test
    void logsExactlyTheMailExchangedWithTheCrmAndExplainsTheRest() {
        Fixture f = new Fixture();
        byte[] pdf = TestMails.pdfBytes();
        dovecot.appendMessage(f.mailbox, "INBOX", TestMails.withAttachment("<offer-" + f.tag + "@acme>",
                f.contactEmail, f.userEmail, "Offer " + f.tag, "Here is the offer", "offer.pdf", pdf));
        dovecot.appendMessage(f.mailbox, "INBOX", TestMails.plain("<spam-" + f.tag + "@x>", "stranger@nowhere.org",
                f.userEmail, "Lottery " + f.tag, "You won"));
        dovecot.appendMessage(f.mailbox, "INBOX", TestMails.plain("<colleague-" + f.tag + "@acme>",
                "someone@" + f.domain, f.userEmail, "From the company " + f.tag, "Hi"));
        dovecot.appendMessage(f.mailbox, "INBOX", TestMails.plain("<free-" + f.tag + "@gmail>", "random@gmail.com",
                f.userEmail, "Free mail " + f.tag, "Hello"));
        dovecot.appendMessage(f.mailbox, "Sent", TestMails.plain("<reply-" + f.tag + "@tandem>", f.userEmail,
                f.contactEmail, "Re: Offer " + f.tag, "Thanks"));
        dovecot.appendMessage(f.mailbox, "Sent", TestMails.plain("<colleague-" + f.tag + "@acme>",
                "someone@" + f.domain, f.userEmail, "From the company " + f.tag, "Hi"));

        f.connect();
        f.awaitMailSync();

        List<JsonObject> mails = f.emails();
        assertEquals(Set.of("Offer " + f.tag, "From the company " + f.tag, "Re: Offer " + f.tag),
                mails.stream().map(m -> m.getString("subject")).collect(Collectors.toSet()), mails::toString);
        JsonObject offer = find(mails, m -> m.getString("subject").startsWith("Offer"));
        assertEquals("RECEIVED", offer.getString("direction"));
        assertTrue(offer.getBoolean("readOnly"));
        assertEquals("SYNC", offer.getString("source"));
        assertEquals(List.of(f.contactId), longs(offer, "contactIds"));
        assertEquals(List.of(f.companyId), longs(offer, "companyIds"));
        assertEquals("SENT", find(mails, m -> m.getString("subject").startsWith("Re:")).getString("direction"));
        JsonObject attachment = offer.getJsonArray("attachments").getJsonObject(0);
        assertEquals("offer.pdf", attachment.getString("filename"));
        HttpResponse<byte[]> download = f.user.download("api/activities/" + offer.getInt("id") + "/attachments/"
                + attachment.getInt("id"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        ApiClient bob = ApiClient.to(f.baseUri()).as("bob", "bob-demo-1");
        assertEquals(404, bob.download("api/activities/" + offer.getInt("id") + "/attachments/"
                + attachment.getInt("id")).statusCode(), "another user's attachment does not exist for them");
        assertEquals(404, bob.get("api/activities/" + offer.getInt("id")).status());

        List<JsonObject> skipped = f.user.get("api/me/sync/ledger?outcome=SKIPPED&limit=500").items()
                .getValuesAs(JsonObject.class);
        assertTrue(skipped.stream().anyMatch(e -> e.getString("reason").contains("stranger@nowhere.org")),
                skipped::toString);
        assertTrue(skipped.stream().anyMatch(e -> e.getString("summary").equals("Free mail " + f.tag)));
        assertTrue(skipped.stream().anyMatch(e -> e.getString("reason").contains("already logged")), skipped::toString);
    }

    @Test
    void aUidValidityChangeRescansTheFolderWithoutLoggingAnythingTwice() throws Exception {
        Fixture f = new Fixture();
        String reply = TestMails.plain("<rescan-1-" + f.tag + "@tandem>", f.userEmail, f.contactEmail,
                "Before rescan " + f.tag, "Body");
        dovecot.appendMessage(f.mailbox, "Sent", reply);
        f.connect();
        f.awaitMailSync();
        String firstSyncAt = f.user.get("api/me/sync").json().getJsonObject("mail").getString("lastSyncAt");

        recreateFolder(f, "Sent");
        dovecot.appendMessage(f.mailbox, "Sent", reply);
        dovecot.appendMessage(f.mailbox, "Sent", TestMails.plain("<rescan-2-" + f.tag + "@tandem>", f.userEmail,
                f.contactEmail, "After rescan " + f.tag, "Body"));
        assertEquals(202, f.user.post("api/me/sync/run", JsonValue.EMPTY_JSON_OBJECT).status());
        await(SYNC_TIMEOUT, () -> !firstSyncAt.equals(
                f.user.get("api/me/sync").json().getJsonObject("mail").getString("lastSyncAt")));

        assertEquals(List.of("After rescan " + f.tag, "Before rescan " + f.tag),
                f.emails().stream().map(m -> m.getString("subject")).sorted().toList());
        List<JsonObject> skipped = f.user.get("api/me/sync/ledger?outcome=SKIPPED").items()
                .getValuesAs(JsonObject.class);
        assertTrue(skipped.stream().anyMatch(e -> e.getString("summary").equals("Before rescan " + f.tag)
                && e.getString("reason").contains("already logged")), skipped::toString);
    }

    /** Deleting and re-creating a folder gives it a new UIDVALIDITY (RFC 9051 §2.3.1.1). */
    private static void recreateFolder(Fixture f, String name) throws Exception {
        var session = jakarta.mail.Session.getInstance(new java.util.Properties());
        try (var store = session.getStore("imap")) {
            store.connect(DovecotServer.HOST, dovecot.ports().imap(), f.mailbox, f.password);
            var folder = store.getFolder(name);
            long before = ((jakarta.mail.UIDFolder) folder).getUIDValidity();
            folder.delete(true);
            store.getFolder(name).create(jakarta.mail.Folder.HOLDS_MESSAGES);
            long after = ((jakarta.mail.UIDFolder) store.getFolder(name)).getUIDValidity();
            assertTrue(before != after, "Dovecot gave the re-created folder the same UIDVALIDITY");
        }
    }

    @Test
    void aRejectedPasswordAsksTheUserToSignInAgainAndStopsRetrying() {
        Fixture f = new Fixture();
        f.connect();
        f.awaitMailSync();
        dovecot.addUser(f.mailbox, "changed-" + f.password);
        assertEquals(202, f.user.post("api/me/sync/run", JsonValue.EMPTY_JSON_OBJECT).status());
        await(SYNC_TIMEOUT, () -> "NEEDS_REAUTH".equals(f.user.get("api/me/sync").json().getString("state")));
        JsonObject status = f.user.get("api/me/sync").json();
        assertTrue(status.getJsonObject("mail").getString("lastError").contains("password"), status::toString);
        assertTrue(status.isNull("nextSyncAt"), "no retries with a rejected password: " + status);
    }

    @Test
    void aServerOutageIsAnErrorThatRecoversByItselfWhenTheServerIsBack() {
        Fixture f = new Fixture();
        try (TcpRelay relay = TcpRelay.to(dovecot.ports().imap())) {
            f.connect(relay.port());
            f.awaitMailSync();
            relay.down();
            assertEquals(202, f.user.post("api/me/sync/run", JsonValue.EMPTY_JSON_OBJECT).status());
            await(SYNC_TIMEOUT, () -> "ERROR".equals(f.user.get("api/me/sync").json().getString("state")));
            JsonObject failed = f.user.get("api/me/sync").json();
            assertFalse(failed.getJsonObject("mail").isNull("lastError"), failed::toString);
            assertFalse(failed.isNull("nextSyncAt"), "an outage is retried: " + failed);

            relay.up();
            dovecot.appendMessage(f.mailbox, "INBOX", TestMails.plain("<back-" + f.tag + "@acme>", f.contactEmail,
                    f.userEmail, "Back " + f.tag, "Body"));
            await(SYNC_TIMEOUT, () -> "ACTIVE".equals(f.user.get("api/me/sync").json().getString("state")));
            await(SYNC_TIMEOUT, () -> f.emails().size() == 1);
        }
    }

    /**
     * Issue 12 item 2: with nothing new, a session costs each folder at most 3 IMAP round trips: here one STATUS,
     * whose UIDVALIDITY/UIDNEXT/HIGHESTMODSEQ are compared with the cursor, and no folder is opened. Counted on the
     * wire by a relay: the connections opened for the session, commands about a folder (not the sign-in, LIST and
     * LOGOUT the session pays once).
     */
    @Test
    void aSessionWithNothingNewCostsAtMostThreeImapRoundTripsPerFolder() {
        Fixture f = new Fixture();
        dovecot.appendMessage(f.mailbox, "INBOX", TestMails.plain("<rt-" + f.tag + "@acme>", f.contactEmail,
                f.userEmail, "Round trips " + f.tag, "Body"));
        try (TcpRelay relay = TcpRelay.to(dovecot.ports().imap())) {
            f.connect(relay.port());
            f.awaitMailSync();
            int connectionsBefore = relay.clientLines().size();
            String before = f.user.get("api/me/sync").json().getJsonObject("mail").getString("lastSyncAt");
            assertEquals(202, f.user.post("api/me/sync/run", JsonValue.EMPTY_JSON_OBJECT).status());
            await(SYNC_TIMEOUT, () -> !before.equals(
                    f.user.get("api/me/sync").json().getJsonObject("mail").getString("lastSyncAt")));

            List<String> commands = relay.clientLines().subList(connectionsBefore, relay.clientLines().size())
                    .stream().flatMap(List::stream).map(line -> line.split(" ", 3))
                    .filter(parts -> parts.length > 1).map(parts -> parts[1].toUpperCase()
                            + (parts.length > 2 ? " " + parts[2] : "")).toList();
            List<String> perFolder = commands.stream().filter(c -> !c.matches(
                    "(CAPABILITY|LOGIN|AUTHENTICATE|LIST|LSUB|LOGOUT|ID|ENABLE|NAMESPACE)\\b.*")).toList();
            assertEquals(List.of("STATUS", "STATUS"), perFolder.stream().map(c -> c.split(" ")[0]).toList(),
                    "one STATUS for INBOX and one for Sent, no folder opened: " + perFolder);
            assertTrue(perFolder.size() <= 3 * 2, "round trips per folder: " + perFolder);
        }
    }

    @Test
    void syncedMailCannotBeEditedOrDeleted() {
        Fixture f = new Fixture();
        dovecot.appendMessage(f.mailbox, "INBOX", TestMails.plain("<ro-" + f.tag + "@acme>", f.contactEmail,
                f.userEmail, "Read only " + f.tag, "Body"));
        f.connect();
        f.awaitMailSync();
        long id = f.emails().get(0).getJsonNumber("id").longValue();
        String path = "api/activities/" + id;
        JsonObject edit = Json.createObjectBuilder().add("subject", "Changed").build();

        for (ApiResponse refused : List.of(f.user.put(path, edit), f.user.send("PATCH", path, edit.toString()),
                f.user.delete(path))) {
            assertEquals(403, refused.status(), refused::toString);
            assertTrue(refused.json().getString("detail").contains("read-only"), refused::toString);
        }
        assertEquals("Read only " + f.tag, f.user.get(path).json().getString("subject"));
    }

    @Test
    void newMailInTheInboxIsLoggedWithinSecondsThroughIdle() {
        Fixture f = new Fixture();
        f.connect();
        f.awaitMailSync();
        dovecot.appendMessage(f.mailbox, "INBOX", TestMails.plain("<idle-" + f.tag + "@acme>", f.contactEmail,
                f.userEmail, "Pushed " + f.tag, "Body"));
        Instant appended = Instant.now();
        await(Duration.ofSeconds(20), () -> f.emails().stream()
                .anyMatch(m -> m.getString("subject").equals("Pushed " + f.tag)));
        assertTrue(Duration.between(appended, Instant.now()).getSeconds() < 20);
    }

    @Test
    void worksAgainstGreenMailTooWithoutASentFolderAndWithIdlePush() throws Exception {
        var greenMail = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        greenMail.start();
        try {
            Fixture f = new Fixture();
            greenMail.setUser(f.userEmail, f.mailbox, f.password);
            deliver(greenMail, f, "<gm1-" + f.tag + "@acme>", "Before " + f.tag);
            ApiResponse connected = f.user.post("api/me/sync", Json.createObjectBuilder().add("provider", "IMAP")
                    .add("mode", "MAIL").add("imap", Json.createObjectBuilder().add("host", "127.0.0.1")
                            .add("port", greenMail.getImap().getPort()).add("security", "NONE")
                            .add("username", f.mailbox).add("password", f.password)).build());
            assertEquals(201, connected.status(), connected::toString);
            f.awaitMailSync();
            assertEquals(List.of("Before " + f.tag), f.emails().stream().map(m -> m.getString("subject")).toList());

            deliver(greenMail, f, "<gm2-" + f.tag + "@acme>", "Pushed by GreenMail " + f.tag);
            await(Duration.ofSeconds(20), () -> f.emails().size() == 2);
        } finally {
            greenMail.stop();
        }
    }

    private static void deliver(GreenMail greenMail, Fixture f, String messageId, String subject) throws Exception {
        var session = greenMail.getImap().createSession();
        var message = new jakarta.mail.internet.MimeMessage(session, new java.io.ByteArrayInputStream(
                TestMails.plain(messageId, f.contactEmail, f.userEmail, subject, "Body")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        greenMail.getUserManager().getUserByEmail(f.userEmail).deliver(message);
    }

    @Test
    void wrongPasswordIsRefusedWithADiagnosisAndNothingIsSaved() {
        Fixture f = new Fixture();
        ApiResponse refused = f.user.post("api/me/sync", f.connectBody(dovecot.ports().imap(), "NONE", "wrong"));
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").toLowerCase().contains("password"), refused::toString);
        assertFalse(refused.body().contains("wrong"), "the password must not be echoed");
        assertEquals("NOT_CONNECTED", f.user.get("api/me/sync").json().getString("state"));
    }

    @Test
    void pop3AndCalendarOverImapAreRefusedWithTheReason() {
        Fixture f = new Fixture();
        ApiResponse pop3 = f.user.post("api/me/sync", f.connectBody(995, "SSL", f.password));
        assertEquals(400, pop3.status(), pop3::toString);
        assertTrue(pop3.json().getString("detail").contains("POP3"), pop3::toString);

        JsonObject calendarOverImap = Json.createObjectBuilder(f.connectBody(dovecot.ports().imap(), "NONE",
                f.password)).add("mode", "MAIL_AND_CALENDAR").build();
        ApiResponse refused = f.user.post("api/me/sync", calendarOverImap);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("IMAP"), refused::toString);
    }

    @Test
    void anOAuthProviderWithoutARegisteredClientIsListedAsNotSetUpAndCannotStart() {
        Fixture f = new Fixture();
        JsonObject english = provider(f.user.get("api/providers"), "EXCHANGE");
        assertFalse(english.getBoolean("configured"), english::toString);
        assertTrue(english.getString("unavailableReason").startsWith("Microsoft Exchange is not set up by your "
                + "administrator"), english::toString);
        assertTrue(provider(f.user.get("api/providers"), "YAHOO").getBoolean("configured"));
        JsonObject spanish = provider(f.user.send(f.user.request("api/providers").header("Accept-Language", "es")
                .GET().build()), "EXCHANGE");
        assertTrue(spanish.getString("unavailableReason").contains("no lo ha configurado tu administrador"),
                spanish::toString);

        ApiResponse start = f.user.post("api/me/sync/oauth/start", Json.createObjectBuilder()
                .add("provider", "EXCHANGE").add("mode", "MAIL").build());
        assertEquals(400, start.status(), start::toString);
        assertTrue(start.json().getString("detail").contains("not set up by your administrator"), start::toString);
    }

    @Test
    void iCloudSyncsOnlyTheAccountRegisteredForTheUserInTheCrm() {
        Fixture f = new Fixture();
        dovecot.addUser(f.userEmail, f.password);
        dovecot.appendMessage(f.userEmail, "INBOX", TestMails.plain("<icloud-" + f.tag + "@acme>", f.contactEmail,
                f.userEmail, "From iCloud " + f.tag, "Body"));

        ApiResponse other = f.user.post("api/me/sync", iCloudBody(f.mailbox, f.password));
        assertEquals(400, other.status(), other::toString);
        assertTrue(other.json().getString("detail").contains("is not the one registered for you in the CRM ("
                + f.userEmail + ")"), other::toString);
        assertEquals("NOT_CONNECTED", f.user.get("api/me/sync").json().getString("state"));

        ApiResponse own = f.user.post("api/me/sync", iCloudBody(f.userEmail, f.password));
        assertEquals(201, own.status(), own::toString);
        f.awaitMailSync();
        assertEquals(List.of("From iCloud " + f.tag), f.emails().stream().map(e -> e.getString("subject")).toList());
    }

    @Test
    void anAddressOfAKnownProviderGetsItsImapServerProposedAndANonAddressIsRefused() {
        Fixture f = new Fixture();
        ApiResponse proposed = f.user.get("api/imap-discovery?email=ana%40icloud.com");
        assertEquals(200, proposed.status(), proposed::toString);
        assertEquals("imap.mail.me.com", proposed.json().getString("host"));
        assertEquals("ICLOUD", proposed.json().getString("provider"));

        ApiResponse refused = f.user.get("api/imap-discovery?email=ana%40127.0.0.1");
        assertEquals(400, refused.status(), refused::toString);
    }

    private static JsonObject iCloudBody(String account, String appPassword) {
        return Json.createObjectBuilder().add("provider", "ICLOUD").add("mode", "MAIL")
                .add("imap", Json.createObjectBuilder().add("host", DovecotServer.HOST)
                        .add("port", dovecot.ports().imap()).add("security", "NONE").add("username", account)
                        .add("password", appPassword))
                .build();
    }

    private static JsonObject provider(ApiResponse providers, String id) {
        assertEquals(200, providers.status(), providers::toString);
        return find(providers.array().getValuesAs(JsonObject.class), p -> p.getString("id").equals(id));
    }

    @Test
    void stoppingEndsSyncErasesCredentialsAndKeepsWhatWasLogged() {
        Fixture f = new Fixture();
        dovecot.appendMessage(f.mailbox, "INBOX", TestMails.plain("<keep-" + f.tag + "@acme>", f.contactEmail,
                f.userEmail, "Kept " + f.tag, "Body"));
        f.connect();
        f.awaitMailSync();
        assertEquals(409, f.user.post("api/me/sync", f.connectBody(dovecot.ports().imap(), "NONE", f.password))
                .status(), "a second connection while one is active");

        ApiResponse stopped = f.user.post("api/me/sync/stop", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("STOPPED", stopped.json().getString("state"), stopped::toString);
        assertEquals(1, f.emails().size());
        assertFalse(stopped.body().contains(f.password));
        assertEquals(409, f.user.post("api/me/sync/run", JsonValue.EMPTY_JSON_OBJECT).status());
    }

    private static <T> T find(List<T> items, Predicate<T> test) {
        return items.stream().filter(test).findFirst().orElseThrow(() -> new AssertionError("none in " + items));
    }

    private static List<Long> longs(JsonObject object, String member) {
        return object.getJsonArray(member).getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
    }

    private static void await(Duration timeout, java.util.function.BooleanSupplier condition) {
        Await.until(timeout, condition);
    }

    /** A fresh Tandem user with a Dovecot mailbox, a company and a contact of that company. */
    private final class Fixture {
        final String tag = UUID.randomUUID().toString().substring(0, 8);
        final String mailbox = "m" + tag;
        final String password = "pw-" + tag + "-secret";
        final String userEmail = mailbox + "@tandem.test";
        final String domain = "acme-" + tag + ".example";
        final String contactEmail = "ana@" + domain;
        final ApiClient user;
        final long companyId;
        final long contactId;

        Fixture() {
            dovecot.addUser(mailbox, password);
            ApiClient admin = ApiClient.to(baseUri()).as("alice", "alice-demo-1");
            ApiResponse created = admin.post("api/users", Json.createObjectBuilder().add("username", mailbox)
                    .add("password", "tandem-" + tag).add("displayName", "User " + tag).add("email", userEmail)
                    .build());
            assertEquals(201, created.status(), created::toString);
            user = ApiClient.to(baseUri()).as(mailbox, "tandem-" + tag);
            companyId = admin.post("api/companies", Json.createObjectBuilder().add("name", "Acme " + tag)
                    .add("domains", Json.createArrayBuilder().add(domain)).build()).json().getJsonNumber("id")
                    .longValue();
            contactId = admin.post("api/contacts", Json.createObjectBuilder().add("name", "Ana " + tag)
                    .add("emails", Json.createArrayBuilder().add(contactEmail)).add("companyId", companyId).build())
                    .json().getJsonNumber("id").longValue();
        }

        JsonObject connectBody(int port, String security, String imapPassword) {
            return Json.createObjectBuilder().add("provider", "IMAP").add("mode", "MAIL")
                    .add("imap", Json.createObjectBuilder().add("host", DovecotServer.HOST).add("port", port)
                            .add("security", security).add("username", mailbox).add("password", imapPassword))
                    .build();
        }

        void connect() {
            connect(dovecot.ports().imap());
        }

        void connect(int port) {
            ApiResponse connected = user.post("api/me/sync", connectBody(port, "NONE", password));
            assertEquals(201, connected.status(), connected::toString);
            assertEquals("ACTIVE", connected.json().getString("state"));
        }

        void awaitMailSync() {
            await(SYNC_TIMEOUT, () -> {
                JsonObject mail = user.get("api/me/sync").json().getJsonObject("mail");
                return mail != null && !mail.isNull("lastSyncAt");
            });
        }

        List<JsonObject> emails() {
            return user.get("api/activities?type=EMAIL&limit=500").items().getValuesAs(JsonObject.class);
        }

        private java.net.URI baseUri() {
            try {
                return deploymentUrl.toURI();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
