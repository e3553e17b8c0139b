package dev.tandem.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TestMails;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed (SIGKILL) in the middle of a first mail sync and started again: in the end every
 * matching mail is logged exactly once, and the IMAP password is nowhere in clear, neither in the H2 files nor in
 * the server's log.
 */
class MailCrashRecoveryIT {

    private static final int MATCHING = 600;
    private static final int OTHERS = 200;
    private static final String MAILBOX = "crash";
    private static final String IMAP_PASSWORD = "Imap-Secret-7f3a9c";
    private static DovecotServer dovecot;

    @BeforeAll
    static void fillMailbox() {
        dovecot = new DovecotServer().start().addUser(MAILBOX, IMAP_PASSWORD);
        for (int i = 0; i < MATCHING + OTHERS; i++) {
            String from = i < MATCHING ? "ana@acme.com" : "someone" + i + "@nowhere.org";
            dovecot.appendMessage(MAILBOX, "INBOX", TestMails.withAttachment("<m" + i + "@crash>", from,
                    "crash@tandem.test", "Mail " + i, "Body " + i, "file" + i + ".pdf", TestMails.pdfBytes()));
        }
    }

    @AfterAll
    static void stopDovecot() {
        dovecot.close();
    }

    @Test
    void killedMidFirstSyncEndsWithEveryMatchingMailLoggedExactlyOnce() throws IOException {
        var settings = TandemServerSettings.inFreshDataDir("mail-crash").withDemoData();
        try (TandemServer server = TandemServer.start(settings)) {
            ApiClient user = createUserAndConnect(server);
            Await.until(Duration.ofSeconds(90), () -> imported(user) > 0);
            double progressAtKill = user.get("api/me/sync").json().getJsonObject("mail").getJsonNumber("progress")
                    .doubleValue();
            server.kill();

            server.restart();
            assumeTrue(progressAtKill < 1.0, "the first sync finished before the kill: nothing to recover");
            Await.until(Duration.ofSeconds(180), () -> {
                JsonObject mail = user.get("api/me/sync").json().getJsonObject("mail");
                return mail != null && !mail.isNull("lastSyncAt") && allLogged(user);
            });
            List<JsonObject> emails = emails(user);
            Set<String> messageIds = new HashSet<>();
            emails.forEach(e -> assertTrue(messageIds.add(e.getString("messageId")), "twice: " + e));
            assertEquals(MATCHING, emails.size());
            assertEquals(MATCHING, countLedger(user, "LOGGED"), "one LOGGED entry per logged mail");

            assertFalse(anyFileContains(settings.dataDir(), IMAP_PASSWORD), "password in clear in the data folder");
            assertFalse(server.log().contains(IMAP_PASSWORD), "password in the server log");
        }
    }

    private static ApiClient createUserAndConnect(TandemServer server) {
        ApiClient admin = ApiClient.to(server.baseUri()).as("alice", "alice-demo-1");
        assertEquals(201, admin.post("api/users", Json.createObjectBuilder().add("username", MAILBOX)
                .add("password", "tandem-crash-1").add("displayName", "Crash").add("email", "crash@tandem.test")
                .build()).status());
        ApiClient user = ApiClient.to(server.baseUri()).as(MAILBOX, "tandem-crash-1");
        var connected = user.post("api/me/sync", Json.createObjectBuilder().add("provider", "IMAP").add("mode", "MAIL")
                .add("imap", Json.createObjectBuilder().add("host", DovecotServer.HOST).add("port",
                        dovecot.ports().imap()).add("security", "NONE").add("username", MAILBOX)
                        .add("password", IMAP_PASSWORD)).build());
        assertEquals(201, connected.status(), connected::toString);
        return user;
    }

    private static long imported(ApiClient user) {
        JsonObject mail = user.get("api/me/sync").json().getJsonObject("mail");
        return mail == null ? 0 : mail.getJsonNumber("imported").longValue();
    }

    private static boolean allLogged(ApiClient user) {
        return emails(user).size() >= MATCHING;
    }

    private static List<JsonObject> emails(ApiClient user) {
        var all = new java.util.ArrayList<JsonObject>();
        String path = "api/activities?type=EMAIL&limit=500";
        while (path != null) {
            var page = user.get(path);
            all.addAll(page.items().getValuesAs(JsonObject.class));
            path = page.next().map(c -> "api/activities?type=EMAIL&limit=500&cursor=" + c).orElse(null);
        }
        return all;
    }

    private static int countLedger(ApiClient user, String outcome) {
        int count = 0;
        String path = "api/me/sync/ledger?limit=500&outcome=" + outcome;
        while (path != null) {
            var page = user.get(path);
            count += page.items().size();
            path = page.next().map(c -> "api/me/sync/ledger?limit=500&outcome=" + outcome + "&cursor=" + c)
                    .orElse(null);
        }
        return count;
    }

    private static boolean anyFileContains(Path dir, String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
