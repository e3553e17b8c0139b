package dev.tandem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running {@code dovecot -F} master process and the configuration it was started with. A failed start is
 * retried with fresh ports, since a port chosen by {@link FreePorts} can be taken before Dovecot binds it.
 */
final class DovecotProcess {

    private static final int START_ATTEMPTS = 3;
    private static final long READY_TIMEOUT_MILLIS = 10_000;

    private final Process process;
    private final DovecotConfig config;
    private final Thread shutdownHook;

    private DovecotProcess(Process process, DovecotConfig config) {
        this.process = process;
        this.config = config;
        this.shutdownHook = new Thread(this::terminate, "dovecot-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static DovecotProcess start(DovecotConfig firstConfig) {
        DovecotConfig config = firstConfig;
        for (int attempt = 1; ; attempt++) {
            DovecotProcess started = launch(config);
            if (DovecotReadiness.await(started.process, config.ports(), READY_TIMEOUT_MILLIS)) {
                return started;
            }
            started.stop();
            if (attempt == START_ATTEMPTS) {
                throw new IllegalStateException("Dovecot did not start; end of its logs:\n" + logTail(config));
            }
            config = config.withPorts(DovecotPorts.allocate());
        }
    }

    DovecotConfig config() {
        return config;
    }

    /** SIGTERM to the master, which stops its children; anything left after five seconds is killed. */
    void stop() {
        terminate();
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
    }

    private void terminate() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static DovecotProcess launch(DovecotConfig config) {
        try {
            Files.writeString(config.file(), config.render());
            Process process = new ProcessBuilder(binary(), "-F", "-c", config.file().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(config.directory().resolve("stdout").toFile()))
                    .start();
            return new DovecotProcess(process, config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + binary() + " (is dovecot-imapd installed?)", e);
        }
    }

    /** {@code /usr/sbin} is not on every user's PATH. */
    private static String binary() {
        Path debian = Path.of("/usr/sbin/dovecot");
        return Files.isExecutable(debian) ? debian.toString() : "dovecot";
    }

    private static String logTail(DovecotConfig config) {
        StringBuilder tail = new StringBuilder();
        for (Path file : List.of(config.directory().resolve("stdout"), config.logFile())) {
            try {
                List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
                lines.subList(Math.max(0, lines.size() - 20), lines.size()).forEach(l -> tail.append(l).append('\n'));
            } catch (IOException e) {
                tail.append("(cannot read ").append(file).append(")\n");
            }
        }
        return tail.toString();
    }
}
