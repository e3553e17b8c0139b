package dev.tandem.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.testsupport.ApiClient;
import dev.tandem.testsupport.DovecotServer;
import dev.tandem.testsupport.TandemServer;
import dev.tandem.testsupport.TandemServerSettings;
import dev.tandem.testsupport.TcpRelay;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the no-change mail sync benchmark of {@code bench/mail-no-change.sh} (issue 12 item 2). After the
 * first sync of {@code bench.messages} mails, runs {@code bench.runs} sessions with nothing new through a relay that
 * sees every IMAP command, and prints the IMAP commands one session sent and its wire time (first connection accepted
 * to the client's last line: connect, greeting, sign-in, LIST, the folders' STATUS, LOGOUT), median and worst, and
 * the time until the API shows the session done (which adds the scheduler's start and the polling of the status).
 */
class MailNoChangeBenchmark {

    @Test
    void noChangeSessions() throws Exception {
        int messages = Integer.getInteger("bench.messages", 10_000);
        int runs = Integer.getInteger("bench.runs", 7);
        try (DovecotServer dovecot = new DovecotServer().start().addUser("bench", "bench-password-1");
             TcpRelay relay = TcpRelay.to(dovecot.ports().imap())) {
            MailSyncBenchmark.fill(dovecot, messages);
            try (TandemServer server = TandemServer.start(TandemServerSettings.inFreshDataDir("mail-no-change")
                    .withDemoData())) {
                ApiClient user = MailSyncBenchmark.connect(server, relay.port());
                MailSyncBenchmark.timeUntilSynced(user, null);
                long[] wireMicros = new long[runs];
                long[] apiMillis = new long[runs];
                List<String> commands = List.of();
                for (int run = 0; run < runs; run++) {
                    int before = relay.connections().size();
                    String at = MailSyncBenchmark.lastSyncAt(user);
                    assertEquals(202, user.post("api/me/sync/run", JsonValue.EMPTY_JSON_OBJECT).status());
                    apiMillis[run] = MailSyncBenchmark.timeUntilSynced(user, at);
                    var session = relay.connections().subList(before, relay.connections().size());
                    long start = session.stream().mapToLong(TcpRelay.Relayed::openedNanos).min().orElse(0);
                    long end = session.stream().mapToLong(c -> c.lastLineNanos().get()).max().orElse(0);
                    wireMicros[run] = (end - start) / 1_000;
                    commands = session.stream().flatMap(c -> c.lines().stream()).map(l -> l.split(" ", 3))
                            .filter(p -> p.length > 1).map(p -> p[1]).toList();
                }
                report(String.format("BENCH mail-no-change messages=%d imap-commands=%d %s imap-wire-median=%.1fms "
                                + "imap-wire-max=%.1fms api-seen-median=%dms peak-rss=%dMiB%n", messages,
                        commands.size(), commands, median(wireMicros) / 1000.0,
                        Arrays.stream(wireMicros).max().orElse(0) / 1000.0, median(apiMillis),
                        MailSyncBenchmark.peakRssMib(server.pid())));
            }
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void report(String line) throws java.io.IOException {
        System.out.print(line);
        Path report = Path.of("target", "bench", "mail-no-change.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
