package dev.tandem.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.Await;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TestMails;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the mail sync benchmark that {@code bench/mail-sync.sh} runs (failsafe excludes it from the normal
 * build). Fills a Dovecot mailbox with {@code bench.messages} generated mails (20 % from CRM contacts, every tenth
 * of those with an attachment), then times the first sync and a no-change sync of a real Tandem server process
 * and prints messages/s and the server's peak RSS.
 */
class MailSyncBenchmark {

    @Test
    void firstAndNoChangeSync() throws Exception {
        int messages = Integer.getInteger("bench.messages", 10_000);
        try (DovecotServer dovecot = new DovecotServer().start().addUser("bench", "bench-password-1")) {
            fill(dovecot, messages);
            var settings = TandemServerSettings.inFreshDataDir("mail-bench").withDemoData();
            try (TandemServer server = TandemServer.start(settings)) {
                ApiClient user = connect(server, dovecot.ports().imap());
                long firstMillis = timeUntilSynced(user, null);
                String firstAt = lastSyncAt(user);
                assertEquals(202, user.post("api/me/sync/run", JsonValue.EMPTY_JSON_OBJECT).status());
                long noChangeMillis = timeUntilSynced(user, firstAt);
                String line = String.format("BENCH mail messages=%d first-sync=%.1fs (%.0f msg/s) "
                                + "no-change-sync=%dms logged=%d peak-rss=%dMiB%n", messages, firstMillis / 1000.0,
                        messages * 1000.0 / firstMillis, noChangeMillis, imported(user), peakRssMib(server.pid()));
                System.out.print(line);
                Path report = Path.of("target", "bench", "mail.txt");
                Files.createDirectories(report.getParent());
                Files.writeString(report, line, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
        }
    }

    /** Appends {@code count} generated mails to the bench user's INBOX, 500 per APPEND batch. */
    static void fill(DovecotServer dovecot, int count) throws MessagingException {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect(DovecotServer.HOST, dovecot.ports().imap(), "bench", "bench-password-1");
            Folder inbox = store.getFolder("INBOX");
            Message[] chunk = new Message[500];
            for (int start = 0; start < count; start += chunk.length) {
                int n = Math.min(chunk.length, count - start);
                Message[] batch = new Message[n];
                for (int i = 0; i < n; i++) {
                    batch[i] = generated(session, start + i);
                }
                inbox.appendMessages(batch);
            }
        }
    }

    private static Message generated(Session session, int i) throws MessagingException {
        boolean fromContact = i % 5 == 0;
        String from = fromContact ? "ana@acme.com" : "sender" + i + "@example" + (i % 97) + ".org";
        String text = fromContact && i % 50 == 0
                ? TestMails.withAttachment("<b" + i + "@bench>", from, "bench@tandem.test", "Mail " + i, "Body",
                "doc" + i + ".pdf", TestMails.pdfBytes())
                : TestMails.plain("<b" + i + "@bench>", from, "bench@tandem.test", "Mail " + i, "Body " + i);
        return new MimeMessage(session, new ByteArrayInputStream(text.replaceAll("\r?\n", "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Creates the bench user and connects it to the mailbox behind {@code imapPort}. */
    static ApiClient connect(TandemServer server, int imapPort) {
        ApiClient admin = ApiClient.to(server.baseUri()).as("alice", "alice-demo-1");
        admin.post("api/users", Json.createObjectBuilder().add("username", "bench").add("password", "bench-tandem-1")
                .add("displayName", "Bench").add("email", "bench@tandem.test").build());
        ApiClient user = ApiClient.to(server.baseUri()).as("bench", "bench-tandem-1");
        var connected = user.post("api/me/sync", Json.createObjectBuilder().add("provider", "IMAP").add("mode", "MAIL")
                .add("imap", Json.createObjectBuilder().add("host", DovecotServer.HOST)
                        .add("port", imapPort).add("security", "NONE").add("username", "bench")
                        .add("password", "bench-password-1")).build());
        assertEquals(201, connected.status(), connected::toString);
        return user;
    }

    static long timeUntilSynced(ApiClient user, String previous) {
        long start = System.nanoTime();
        Await.until(Duration.ofMinutes(20), () -> {
            String at = lastSyncAt(user);
            return at != null && !at.equals(previous);
        });
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String lastSyncAt(ApiClient user) {
        JsonObject mail = user.get("api/me/sync").json().getJsonObject("mail");
        return mail == null || mail.isNull("lastSyncAt") ? null : mail.getString("lastSyncAt");
    }

    private static long imported(ApiClient user) {
        return user.get("api/me/sync").json().getJsonObject("mail").getJsonNumber("imported").longValue();
    }

    static long peakRssMib(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmHWM:")).map(line -> line.replaceAll("\\D", ""))
                .mapToLong(Long::parseLong).findFirst().orElse(-1) / 1024;
    }
}
