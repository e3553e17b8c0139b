package dev.tandem.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The packaged Tandem (Payara Micro jar + ROOT.war + post-boot commands, exactly as {@code bin/run} starts them) as
 * a real child process on a free port of 127.0.0.1. Tests that need a server process of their own use it: to stop
 * or kill it and start it again on the same data folder, or to start it with settings the shared Arquillian server
 * does not have (PostgreSQL, no demo data).
 *
 * <pre>{@code
 * try (var server = TandemServer.start(TandemServerSettings.inFreshDataDir("restart").withDemoData())) {
 *     var alice = ApiClient.to(server.baseUri()).as("alice", "alice-demo-1");
 *     server.kill();
 *     server.restart();
 * }
 * }</pre>
 *
 * The server's output is appended to {@link #logFile()} across restarts, so tests can read what it logged.
 */
public final class TandemServer implements AutoCloseable {

    private final TandemBuild build = TandemBuild.fromSystemProperties();
    private final TandemServerSettings settings;
    private final int port;
    private TandemProcess process;

    private TandemServer(TandemServerSettings settings, int port) {
        this.settings = settings;
        this.port = port;
    }

    /** Starts the server and returns once {@code /health/ready} is UP. */
    public static TandemServer start(TandemServerSettings settings) {
        var server = new TandemServer(settings, freePort());
        server.launch();
        return server;
    }

    /** Starts the server again after {@link #stop()} or {@link #kill()}: same port, settings and data folder. */
    public void restart() {
        if (isRunning()) {
            throw new IllegalStateException("Tandem is still running; stop or kill it first");
        }
        launch();
    }

    private void launch() {
        process = TandemProcess.launch(build, settings, port, logFile());
        process.awaitReady(baseUri(), logFile());
    }

    /** {@code http://127.0.0.1:<port>/}: the application's root (API under {@code api/}). */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public URI uri(String path) {
        return baseUri().resolve(path);
    }

    public TandemServerSettings settings() {
        return settings;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The operating-system process id, for measuring it (e.g. {@code ps -o rss}). */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException("Tandem has not been started");
        }
        return process.pid();
    }

    /** Graceful stop (SIGTERM): Payara undeploys and closes the database. */
    public void stop() {
        if (process != null) {
            process.stop();
        }
    }

    /** Crash (SIGKILL via {@link Process#destroyForcibly()}): nothing gets to clean up. */
    public void kill() {
        if (process != null) {
            process.kill();
        }
    }

    /** Next to the data folder: {@code <dataDir>-server.log}, stdout and stderr of every run. */
    public Path logFile() {
        return settings.dataDir().resolveSibling(settings.dataDir().getFileName() + "-server.log");
    }

    /** Everything the server printed so far, over all its runs. */
    public String log() {
        try {
            return Files.exists(logFile()) ? new String(Files.readAllBytes(logFile()), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        return FreePorts.next();
    }
}
