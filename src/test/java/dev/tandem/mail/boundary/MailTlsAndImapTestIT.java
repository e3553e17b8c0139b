package dev.tandem.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.ApiResponse;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TestMails;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The IMAP connectivity test and TLS sync against a real Dovecot with a self-signed certificate that the Tandem
 * server process trusts (through its JVM trust store, as an administrator would add a private CA).
 */
class MailTlsAndImapTestIT {

    private static final String PASSWORD = "tls-secret-9d2e";
    private static DovecotServer dovecot;
    private static TandemServer server;
    private static ApiClient alice;

    @BeforeAll
    static void start() {
        dovecot = new DovecotServer().start().addUser("tls", PASSWORD).addUser("starttls", PASSWORD);
        var settings = TandemServerSettings.inFreshDataDir("mail-tls").withDemoData()
                .with("JAVA_TOOL_OPTIONS", "-Djavax.net.ssl.trustStore=" + dovecot.trustStoreFile()
                        + " -Djavax.net.ssl.trustStorePassword=" + DovecotServer.TRUST_STORE_PASSWORD)
                .with("tandem.imap-test.per-minute", "8");
        server = TandemServer.start(settings);
        alice = ApiClient.to(server.baseUri()).as("alice", "alice-demo-1");
    }

    @AfterAll
    static void stop() {
        server.close();
        dovecot.close();
    }

    @Test
    void aGoodServerPassesEveryStepOverSsl() {
        JsonObject report = imapTest(dovecot.ports().imaps(), "SSL", "tls", PASSWORD).json();
        assertTrue(report.getBoolean("ok"), report::toString);
        assertEquals(List.of("DNS", "TCP", "TLS", "GREETING", "CAPABILITY", "LOGIN", "FOLDERS"), stepNames(report));
        assertTrue(report.getJsonArray("capabilities").toString().contains("IDLE"), report::toString);
        assertEquals("Sent", report.getString("sentFolder"));
    }

    @Test
    void aWrongPasswordStopsAtLoginAndSaysSo() {
        JsonObject report = imapTest(dovecot.ports().imaps(), "SSL", "tls", "not-the-password").json();
        assertFalse(report.getBoolean("ok"));
        JsonObject last = lastStep(report);
        assertEquals("LOGIN", last.getString("name"));
        assertFalse(last.getBoolean("ok"));
        assertTrue(last.getString("detail").contains("user name or password"), last::toString);
        assertFalse(report.toString().contains("not-the-password"));
    }

    @Test
    void aPop3ServerIsRecognisedAndExplained() {
        JsonObject report = imapTest(dovecot.ports().pop3(), "NONE", "tls", PASSWORD).json();
        JsonObject last = lastStep(report);
        assertEquals("GREETING", last.getString("name"));
        assertEquals("POP3_SERVER", last.getString("reasonCode"));
        assertTrue(last.getString("detail").contains("deletes it from the server"), last::toString);
    }

    @Test
    void connectingToAPop3ServerOnAnUnusualPortIsRefusedWithTheReason() {
        ApiClient bob = ApiClient.to(server.baseUri()).as("bob", "bob-demo-1");
        ApiResponse refused = bob.post("api/me/sync", Json.createObjectBuilder().add("provider", "IMAP")
                .add("mode", "MAIL").add("imap", body(dovecot.ports().pop3(), "NONE", "tls", PASSWORD)).build());
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("POP3 is not supported"), refused::toString);
        assertEquals("NOT_CONNECTED", bob.get("api/me/sync").json().getString("state"));
    }

    @Test
    void sslOnThePlainPortSaysWhichSecurityToChoose() {
        JsonObject last = lastStep(imapTest(dovecot.ports().imap(), "SSL", "tls", PASSWORD).json());
        assertEquals("TLS", last.getString("name"));
        assertEquals("PLAIN_TEXT_ON_TLS_PORT", last.getString("reasonCode"), last::toString);
    }

    @Test
    void mailSyncsOverStartTls() {
        ApiClient admin = alice;
        admin.post("api/contacts", Json.createObjectBuilder().add("name", "TLS contact")
                .add("emails", Json.createArrayBuilder().add("tls.contact@partner.example")).build());
        admin.post("api/users", Json.createObjectBuilder().add("username", "starttls").add("password", "tandem-tls-1")
                .add("displayName", "STARTTLS").add("email", "starttls@tandem.test").build());
        ApiClient user = ApiClient.to(server.baseUri()).as("starttls", "tandem-tls-1");
        dovecot.appendMessage("starttls", "INBOX", TestMails.plain("<tls-1@partner>", "tls.contact@partner.example",
                "starttls@tandem.test", "Over STARTTLS", "Body"));
        ApiResponse connected = user.post("api/me/sync", Json.createObjectBuilder().add("provider", "IMAP")
                .add("mode", "MAIL").add("imap", Json.createObjectBuilder().add("host", DovecotServer.HOST)
                        .add("port", dovecot.ports().imap()).add("security", "STARTTLS").add("username", "starttls")
                        .add("password", PASSWORD)).build());
        assertEquals(201, connected.status(), connected::toString);
        Await.until(Duration.ofSeconds(60), () -> user.get("api/activities?type=EMAIL").items().size() == 1);
        assertEquals("Over STARTTLS", user.get("api/activities?type=EMAIL").items().getJsonObject(0)
                .getString("subject"));
        assertFalse(server.log().contains(PASSWORD), "the IMAP password must not be logged");
    }

    @Test
    void theConnectivityTestIsRateLimitedPerUser() {
        ApiClient bob = ApiClient.to(server.baseUri()).as("bob", "bob-demo-1");
        ApiResponse last = null;
        for (int i = 0; i < 9; i++) {
            last = bob.post("api/imap-test", body(dovecot.ports().imap(), "NONE", "tls", PASSWORD));
        }
        assertEquals(429, last.status(), last::toString);
        assertTrue(last.json().getString("detail").contains("try again"), last::toString);
    }

    private static ApiResponse imapTest(int port, String security, String user, String password) {
        ApiResponse response = alice.post("api/imap-test", body(port, security, user, password));
        assertEquals(200, response.status(), response::toString);
        return response;
    }

    private static JsonObject body(int port, String security, String user, String password) {
        return Json.createObjectBuilder().add("host", DovecotServer.HOST).add("port", port).add("security", security)
                .add("username", user).add("password", password).build();
    }

    private static List<String> stepNames(JsonObject report) {
        return report.getJsonArray("steps").getValuesAs(JsonObject.class).stream().map(s -> s.getString("name"))
                .toList();
    }

    private static JsonObject lastStep(JsonObject report) {
        var steps = report.getJsonArray("steps").getValuesAs(JsonObject.class);
        return steps.get(steps.size() - 1);
    }
}
