package dev.tandem.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TestMails;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the freshness benchmark of {@code bench/mail-freshness.sh} (issue 12 item 3). After the first sync of
 * a small mailbox, appends {@code bench.appends} mails from a CRM contact to INBOX one at a time, each after the
 * previous one showed, and measures how long each takes from the end of the APPEND until {@code GET
 * /api/activities} lists it (IMAP IDLE wakes a session; the API is polled every 25 ms, which bounds the
 * resolution). Prints the median, p95 and worst.
 */
class MailFreshnessBenchmark {

    private static final long POLL_MILLIS = 25;
    private static final long GIVE_UP_MILLIS = 120_000;

    @Test
    void appendedMailBecomesAnActivity() throws Exception {
        int appends = Integer.getInteger("bench.appends", 20);
        try (DovecotServer dovecot = new DovecotServer().start().addUser("bench", "bench-password-1")) {
            MailSyncBenchmark.fill(dovecot, 200);
            try (TandemServer server = TandemServer.start(TandemServerSettings.inFreshDataDir("mail-freshness")
                    .withDemoData())) {
                ApiClient user = MailSyncBenchmark.connect(server, dovecot.ports().imap());
                MailSyncBenchmark.timeUntilSynced(user, null);
                long[] millis = new long[appends];
                for (int i = 0; i < appends; i++) {
                    String subject = "Fresh " + i + " " + System.nanoTime();
                    append(dovecot, subject);
                    long appended = System.nanoTime();
                    while (!listed(user, subject)) {
                        assertTrue((System.nanoTime() - appended) / 1_000_000 < GIVE_UP_MILLIS, subject + " never showed");
                        Thread.sleep(POLL_MILLIS);
                    }
                    millis[i] = (System.nanoTime() - appended) / 1_000_000;
                }
                long[] sorted = millis.clone();
                Arrays.sort(sorted);
                report(String.format("BENCH mail-freshness appends=%d median=%dms p95=%dms max=%dms goal-p95<=2000ms "
                                + "all=%s peak-rss=%dMiB%n", appends, sorted[appends / 2],
                        sorted[(int) Math.ceil(appends * 0.95) - 1], sorted[appends - 1], Arrays.toString(millis),
                        MailSyncBenchmark.peakRssMib(server.pid())));
            }
        }
    }

    private static void append(DovecotServer dovecot, String subject) {
        dovecot.appendMessage("bench", "INBOX", TestMails.plain("<" + subject.replace(' ', '.') + "@fresh>",
                "ana@acme.com", "bench@tandem.test", subject, "Body of " + subject));
    }

    private static boolean listed(ApiClient user, String subject) {
        return user.get("api/activities?type=EMAIL&limit=5").items().getValuesAs(JsonObject.class).stream()
                .anyMatch(activity -> subject.equals(activity.getString("subject", "")));
    }

    private static void report(String line) throws java.io.IOException {
        System.out.print(line);
        Path report = Path.of("target", "bench", "mail-freshness.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
